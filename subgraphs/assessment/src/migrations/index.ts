import { Migration20261121000001_assessment } from './Migration20261121000001_assessment';

/** Every migration of this subgraph, oldest first. */
export const migrations = [{ name: 'Migration20261121000001_assessment', class: Migration20261121000001_assessment }];
