import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { DeclarationData } from '../rules/declaration-data';
import type { StoredDevelopmentScore } from '../development/submission-score';
import type { Evaluation } from '../rules/evaluate';

/** An evidence file as it was when a version was submitted (files are immutable, so the id keeps it). */
export interface FrozenEvidence {
  id: string;
  item: string;
  fileId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  scanStatus: string;
}

/** A submitted version of a declaration, frozen: what was declared and how it was judged then. */
@Entity({ tableName: 'declaration_version' })
export class DeclarationVersionEntity {
  @PrimaryKey({ type: 'uuid' })
  declarationId!: string;

  /** 1 for the first submission, 2 for the resubmission after a return … */
  @PrimaryKey({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  data!: DeclarationData;

  @Property({ type: 'json' })
  evaluation!: Evaluation;

  @Property({ type: 'string', length: 20 })
  ruleVersion!: string;

  @Property({ type: 'Date' })
  submittedAt!: Date;

  /** The evidence it was submitted with: what the reviewers see for this version. */
  @Property({ type: 'json' })
  evidence: FrozenEvidence[] = [];

  /** Its 专精特新发展评价得分 (专精特新 and 小巨人), as scored when submitted. */
  @Property({ type: 'json', nullable: true })
  development?: StoredDevelopmentScore | null;

  /** The declaration's row version that was submitted: the same submission repeated is recognised by it. */
  @Property({ type: 'integer' })
  draftVersion!: number;
}
