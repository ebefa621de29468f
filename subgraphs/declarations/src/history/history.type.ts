import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeclarationStatus, ReviewLevel } from '../declaration/declaration.entity';
import type { DeclarationVersionEntity } from '../declaration/declaration-version.entity';
import { DeclarationAction, type DeclarationHistoryEntity } from './history.entity';

registerEnumType(DeclarationAction, {
  name: 'DeclarationAction',
  description: '创建 CREATED, 提交 SUBMITTED, 重新提交 RESUBMITTED, 审核通过 APPROVED (forwarded, or passed at the last level), 退回 RETURNED, 不予通过 REJECTED, 认定 RECOGNISED.',
});

@ObjectType({ description: 'A step in the status timeline of a declaration.' })
export class DeclarationHistoryEntry {
  @Field(() => Date) at!: Date;
  @Field(() => DeclarationAction) action!: DeclarationAction;
  @Field(() => DeclarationStatus, { description: 'The status the step left.' }) status!: DeclarationStatus;
  @Field(() => ReviewLevel, { nullable: true, description: 'The level that decided, or the level holding it after a submission.' }) level!: ReviewLevel | null;
  @Field(() => String, { nullable: true, description: 'The office that decided; null for the enterprise\'s own steps.' }) actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was returned or rejected.' }) reason!: string | null;
  @Field(() => Int, { nullable: true, description: 'The submitted version the step concerns.' }) versionNumber!: number | null;

  static from(row: DeclarationHistoryEntity): DeclarationHistoryEntry {
    return Object.assign(new DeclarationHistoryEntry(), {
      at: row.at,
      action: row.action,
      status: row.status,
      level: row.level ?? null,
      actorName: row.actorName ?? null,
      reason: row.reason ?? null,
      versionNumber: row.versionNumber ?? null,
    });
  }
}

@ObjectType({ description: 'A submitted, frozen version of a declaration.' })
export class DeclarationVersion {
  @Field(() => Int, { description: '1 for the first submission, 2 after a return …' }) number!: number;
  @Field(() => Date) submittedAt!: Date;

  static from(row: DeclarationVersionEntity): DeclarationVersion {
    return Object.assign(new DeclarationVersion(), { number: row.number, submittedAt: row.submittedAt });
  }
}
