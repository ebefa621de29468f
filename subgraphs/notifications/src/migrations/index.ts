import { Migration20261121000001_messages } from './Migration20261121000001_messages';

/** Every migration of this subgraph, oldest first. */
export const migrations = [{ name: 'Migration20261121000001_messages', class: Migration20261121000001_messages }];
