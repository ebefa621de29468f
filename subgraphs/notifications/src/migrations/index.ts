import { Migration20261121000001_messages } from './Migration20261121000001_messages';
import { Migration20261121000002_events } from './Migration20261121000002_events';
import { Migration20261121000003_reminders_and_notices } from './Migration20261121000003_reminders_and_notices';
import { Migration20261121000004_channels } from './Migration20261121000004_channels';
import { Migration20261121000005_announcement_attachments } from './Migration20261121000005_announcement_attachments';
import { Migration20261121000006_declaration_windows } from './Migration20261121000006_declaration_windows';

/** Every migration of this subgraph, oldest first. */
export const migrations = [
  { name: 'Migration20261121000001_messages', class: Migration20261121000001_messages },
  { name: 'Migration20261121000002_events', class: Migration20261121000002_events },
  { name: 'Migration20261121000003_reminders_and_notices', class: Migration20261121000003_reminders_and_notices },
  { name: 'Migration20261121000004_channels', class: Migration20261121000004_channels },
  { name: 'Migration20261121000005_announcement_attachments', class: Migration20261121000005_announcement_attachments },
  { name: 'Migration20261121000006_declaration_windows', class: Migration20261121000006_declaration_windows },
];
