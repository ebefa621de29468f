import { Migration20261121000001_assessment } from './Migration20261121000001_assessment';
import { Migration20261121000002_events } from './Migration20261121000002_events';
import { Migration20261121000003_enterprise_directory } from './Migration20261121000003_enterprise_directory';
import { Migration20261121000004_directory_size_class } from './Migration20261121000004_directory_size_class';
import { Migration20261121000005_two_stages } from './Migration20261121000005_two_stages';

/** Every migration of this subgraph, oldest first. */
export const migrations = [
  { name: 'Migration20261121000001_assessment', class: Migration20261121000001_assessment },
  { name: 'Migration20261121000002_events', class: Migration20261121000002_events },
  { name: 'Migration20261121000003_enterprise_directory', class: Migration20261121000003_enterprise_directory },
  { name: 'Migration20261121000004_directory_size_class', class: Migration20261121000004_directory_size_class },
  { name: 'Migration20261121000005_two_stages', class: Migration20261121000005_two_stages },
];
