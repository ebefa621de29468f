import { Connection, isUuid, pageWindow, Role, toConnection } from '@zjtx/subgraph-kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { AuditEventEntity } from './audit-event.entity';

@ObjectType({ description: 'One audited action on an account: sign-ins, failures, lockouts, password and phone changes, role and client changes.' })
class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'e.g. SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, PASSWORD_RESET, PHONE_CHANGED.' }) action!: string;
  @Field(() => ID, { nullable: true }) accountId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The administrator who acted, when not the account itself.' }) actorId!: string | null;
  @Field(() => String, { nullable: true }) clientIp!: string | null;
  @Field(() => GraphQLJSONObject) detail!: Record<string, unknown>;

  static from(entity: AuditEventEntity): AuditEvent {
    return Object.assign(new AuditEvent(), { ...entity, accountId: entity.accountId ?? null, actorId: entity.actorId ?? null, clientIp: entity.clientIp ?? null });
  }
}

@ObjectType({ description: 'A page of audit events, newest first.' })
class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'Administrators: the audit trail, newest first, optionally of one account.' })
  async auditEvents(
    @Ctx() ctx: IdentityContext,
    @Arg('accountId', () => ID, { nullable: true }) accountId?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    const window = pageWindow({ first, after }, 20);
    if (accountId && !isUuid(accountId)) return toConnection([], 0, window) as AuditEventConnection;
    const [rows, total] = await ctx.em.findAndCount(AuditEventEntity, accountId ? { accountId } : {}, {
      orderBy: { at: 'desc', id: 'desc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toConnection(rows.map(AuditEvent.from), total, window) as AuditEventConnection;
  }
}
