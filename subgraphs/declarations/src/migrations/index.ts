import { Migration20261121000001_declaration } from './Migration20261121000001_declaration';
import { Migration20261121000002_events } from './Migration20261121000002_events';
import { Migration20261121000003_enterprise_directory } from './Migration20261121000003_enterprise_directory';
import { Migration20261121000004_recognition } from './Migration20261121000004_recognition';
import { Migration20261121000005_directory_size_class } from './Migration20261121000005_directory_size_class';
import { Migration20261121000006_digital_level } from './Migration20261121000006_digital_level';
import { Migration20261121000007_declaration_window } from './Migration20261121000007_declaration_window';
import { Migration20261121000008_declaration_drafts } from './Migration20261121000008_declaration_drafts';
import { Migration20261121000009_declaration_versions } from './Migration20261121000009_declaration_versions';
import { Migration20261122000010_declaration_history } from './Migration20261122000010_declaration_history';
import { Migration20261122000011_evidence } from './Migration20261122000011_evidence';
import { Migration20261122000012_review } from './Migration20261122000012_review';

/** Every migration of this subgraph, oldest first. */
export const migrations = [
  { name: 'Migration20261121000001_declaration', class: Migration20261121000001_declaration },
  { name: 'Migration20261121000002_events', class: Migration20261121000002_events },
  { name: 'Migration20261121000003_enterprise_directory', class: Migration20261121000003_enterprise_directory },
  { name: 'Migration20261121000004_recognition', class: Migration20261121000004_recognition },
  { name: 'Migration20261121000005_directory_size_class', class: Migration20261121000005_directory_size_class },
  { name: 'Migration20261121000006_digital_level', class: Migration20261121000006_digital_level },
  { name: 'Migration20261121000007_declaration_window', class: Migration20261121000007_declaration_window },
  { name: 'Migration20261121000008_declaration_drafts', class: Migration20261121000008_declaration_drafts },
  { name: 'Migration20261121000009_declaration_versions', class: Migration20261121000009_declaration_versions },
  { name: 'Migration20261122000010_declaration_history', class: Migration20261122000010_declaration_history },
  { name: 'Migration20261122000011_evidence', class: Migration20261122000011_evidence },
  { name: 'Migration20261122000012_review', class: Migration20261122000012_review },
];
