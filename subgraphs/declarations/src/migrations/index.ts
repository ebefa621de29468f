import { Migration20261121000001_declaration } from './Migration20261121000001_declaration';

/** Every migration of this subgraph, oldest first. */
export const migrations = [{ name: 'Migration20261121000001_declaration', class: Migration20261121000001_declaration }];
