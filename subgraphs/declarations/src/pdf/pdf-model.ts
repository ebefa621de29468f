import type { DeclarationStatus, Tier } from '../declaration/declaration.entity';
import type { FormSection } from '../form/form';

/** Everything a declaration's PDF shows, gathered first so that its hash identifies the document. */
export interface DeclarationPdfModel {
  declarationId: string;
  tier: Tier;
  status: DeclarationStatus;
  /** Row version of the data shown. */
  version: number;
  /** The submitted version number, when the data is a submitted version. */
  submittedVersion: number | null;
  enterprise: { name: string; uscc: string; regionCode: string };
  windowName: string | null;
  ruleSet: { name: string; source: string };
  form: FormSection[];
  data: Record<string, unknown>;
  computed: { label: string; formula: string; unit: string; value: number | null }[];
  conditions: { text: string; status: string }[];
  score: { total: number; passScore: number } | null;
  evidence: { label: string; fileName: string }[];
  digitalLevel: number | null;
  generatedOn: string;
}
