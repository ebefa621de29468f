import { Migration20261121000001_enterprise } from './Migration20261121000001_enterprise';

/** Every migration of this subgraph, oldest first. */
export const migrations = [{ name: 'Migration20261121000001_enterprise', class: Migration20261121000001_enterprise }];
