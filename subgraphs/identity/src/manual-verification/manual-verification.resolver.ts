import { pageWindow, Public, Role, StoredFile, toConnection } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.type';
import { readAccount } from '../account/account.service';
import type { IdentityContext } from '../context';
import { identityServices } from '../services';
import { ManualVerificationEntity, ManualVerificationStatus } from './manual-verification.entity';
import { decideManualVerification, requestManualVerification, type ManualVerificationResult } from './manual-verification.service';
import {
  DecideManualVerificationInput,
  ManualVerificationPayload,
  ManualVerificationRequest,
  ManualVerificationRequestConnection,
  RequestManualVerificationInput,
} from './manual-verification.types';

const payload = (result: ManualVerificationResult): ManualVerificationPayload =>
  Object.assign(new ManualVerificationPayload(), result.ok ? { request: ManualVerificationRequest.from(result.request), userErrors: [] } : { request: null, userErrors: result.userErrors });

@Resolver(() => ManualVerificationRequest)
export class ManualVerificationResolver {
  @Public()
  @Mutation(() => ManualVerificationPayload, { description: '人工核验: ask an administrator to bind a new phone, with documents. The result is sent to the new phone.' })
  async requestManualVerification(@Arg('input', () => RequestManualVerificationInput) input: RequestManualVerificationInput, @Ctx() ctx: IdentityContext): Promise<ManualVerificationPayload> {
    return payload(await requestManualVerification(ctx.em, identityServices(), ctx.http, input));
  }

  @Authorized(Role.ADMIN)
  @Query(() => ManualVerificationRequestConnection, { description: 'Administrators: manual verification requests, oldest first (the queue).' })
  async manualVerificationRequests(
    @Ctx() ctx: IdentityContext,
    @Arg('status', () => ManualVerificationStatus, { nullable: true }) status?: ManualVerificationStatus,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ManualVerificationRequestConnection> {
    const window = pageWindow({ first, after }, 20);
    const [rows, total] = await ctx.em.findAndCount(ManualVerificationEntity, status ? { status } : {}, {
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toConnection(rows.map(ManualVerificationRequest.from), total, window) as ManualVerificationRequestConnection;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ManualVerificationPayload, { description: 'Administrators: approve (binds the new phone, ends every session) or reject with a reason.' })
  async decideManualVerification(@Arg('input', () => DecideManualVerificationInput) input: DecideManualVerificationInput, @Ctx() ctx: IdentityContext): Promise<ManualVerificationPayload> {
    if (ctx.caller.kind !== 'account') throw new TypeError('unreachable: @Authorized admits accounts only');
    return payload(await decideManualVerification(ctx.em, { services: identityServices(), http: ctx.http, adminId: ctx.caller.accountId }, input));
  }

  @FieldResolver(() => [StoredFile], { description: 'The uploaded documents, with fresh download links.' })
  documents(@Root() request: ManualVerificationRequest): Promise<StoredFile[]> {
    return StoredFile.withLinks(identityServices().files.links, request.entity.documents);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the identifier named when the request was filed (administrators only).' })
  account(@Root() request: ManualVerificationRequest, @Ctx() ctx: IdentityContext): Promise<Account | null> {
    return request.entity.accountId ? readAccount(ctx.loaders, ctx.caller, request.entity.accountId) : Promise.resolve(null);
  }
}
