import { Migration20261121000001_account } from './Migration20261121000001_account';

/** Every migration of this subgraph, oldest first. */
export const migrations = [{ name: 'Migration20261121000001_account', class: Migration20261121000001_account }];
