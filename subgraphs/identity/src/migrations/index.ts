import { Migration20261121000001_account } from './Migration20261121000001_account';
import { Migration20261121000002_events } from './Migration20261121000002_events';
import { Migration20261121000003_access } from './Migration20261121000003_access';
import { Migration20261121000004_uploads } from './Migration20261121000004_uploads';

/** Every migration of this subgraph, oldest first. */
export const migrations = [
  { name: 'Migration20261121000001_account', class: Migration20261121000001_account },
  { name: 'Migration20261121000002_events', class: Migration20261121000002_events },
  { name: 'Migration20261121000003_access', class: Migration20261121000003_access },
  { name: 'Migration20261121000004_uploads', class: Migration20261121000004_uploads },
];
