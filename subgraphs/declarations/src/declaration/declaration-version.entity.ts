import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { DeclarationData } from '../rules/declaration-data';
import type { Evaluation } from '../rules/evaluate';

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

  /** The declaration's row version that was submitted: the same submission repeated is recognised by it. */
  @Property({ type: 'integer' })
  draftVersion!: number;
}
