import { Migration20261121000001_enterprise } from './Migration20261121000001_enterprise';
import { Migration20261121000002_events } from './Migration20261121000002_events';
import { Migration20261121000003_profile_fields } from './Migration20261121000003_profile_fields';

/** Every migration of this subgraph, oldest first. */
export const migrations = [
  { name: 'Migration20261121000001_enterprise', class: Migration20261121000001_enterprise },
  { name: 'Migration20261121000002_events', class: Migration20261121000002_events },
  { name: 'Migration20261121000003_profile_fields', class: Migration20261121000003_profile_fields },
];
