import { Public, Role, Scope, UserError, userError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { identityServices } from '../services';
import { PartnerClientEntity } from './partner-client.entity';
import { createPartnerClient, issuePartnerToken, revokePartnerClient } from './partner.service';

@ObjectType({ description: 'A partner system with API access by client credentials.' })
class PartnerClient {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Public identifier, sent with the secret to partnerToken.' }) clientId!: string;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: `Granted scopes, of: ${Object.values(Scope).join(', ')}.` }) scopes!: string[];
  @Field(() => String, { nullable: true, description: 'Region subtree the partner\'s data is limited to.' }) regionCode!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;

  static from(entity: PartnerClientEntity): PartnerClient {
    const { id, clientId, name, scopes, createdAt } = entity;
    return Object.assign(new PartnerClient(), { id, clientId, name, scopes, createdAt, regionCode: entity.regionCode ?? null, revokedAt: entity.revokedAt ?? null });
  }
}

@InputType()
class CreatePartnerClientInput {
  @Field(() => String) name!: string;
  @Field(() => [String]) scopes!: string[];
  @Field(() => String, { nullable: true }) regionCode?: string | null;
}

@ObjectType()
class CreatePartnerClientPayload {
  @Field(() => PartnerClient, { nullable: true }) client!: PartnerClient | null;
  @Field(() => String, { nullable: true, description: 'Shown this once; only a hash is kept.' }) clientSecret!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class RevokePartnerClientPayload {
  @Field(() => PartnerClient, { nullable: true }) client!: PartnerClient | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType({ description: 'Client credentials of a partner system.' })
class PartnerTokenInput {
  @Field(() => String) clientId!: string;
  @Field(() => String) clientSecret!: string;
}

@ObjectType({ description: 'A scoped access token for a partner system, or why not.' })
class PartnerTokenPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token; expires after 15 minutes, then ask again.' }) accessToken!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => [String]) scopes!: string[];
  @Field(() => [UserError]) userErrors!: UserError[];
}

const adminId = (ctx: IdentityContext): string => {
  if (ctx.caller.kind !== 'account') throw new TypeError('unreachable: @Authorized admits accounts only');
  return ctx.caller.accountId;
};

@Resolver()
export class PartnerResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [PartnerClient], { description: 'Administrators: every partner client, newest first.' })
  async partnerClients(@Ctx() ctx: IdentityContext): Promise<PartnerClient[]> {
    return (await ctx.em.find(PartnerClientEntity, {}, { orderBy: { createdAt: 'desc' } })).map(PartnerClient.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatePartnerClientPayload, { description: 'Administrators: create a partner client; the secret is returned once.' })
  async createPartnerClient(@Arg('input', () => CreatePartnerClientInput) input: CreatePartnerClientInput, @Ctx() ctx: IdentityContext): Promise<CreatePartnerClientPayload> {
    const result = await createPartnerClient(ctx.em, ctx.http, adminId(ctx), input);
    return Object.assign(new CreatePartnerClientPayload(), result.ok
      ? { client: PartnerClient.from(result.client), clientSecret: result.clientSecret, userErrors: [] }
      : { client: null, clientSecret: null, userErrors: result.userErrors });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokePartnerClientPayload, { description: 'Administrators: revoke a partner client; its tokens stop being issued at once.' })
  async revokePartnerClient(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<RevokePartnerClientPayload> {
    const client = await revokePartnerClient(ctx.em, ctx.http, adminId(ctx), id);
    return Object.assign(new RevokePartnerClientPayload(), client
      ? { client: PartnerClient.from(client), userErrors: [] }
      : { client: null, userErrors: [userError('NOT_FOUND', { zh: '没有这个合作方客户端。', en: 'No partner client has this id.' }, ['id'])] });
  }

  @Public()
  @Mutation(() => PartnerTokenPayload, { description: 'Client-credentials grant for partner systems: a scoped access token.' })
  async partnerToken(@Arg('input', () => PartnerTokenInput) input: PartnerTokenInput, @Ctx() ctx: IdentityContext): Promise<PartnerTokenPayload> {
    const result = await issuePartnerToken(ctx.em, identityServices(), ctx.http, input);
    return Object.assign(new PartnerTokenPayload(), result.ok
      ? { accessToken: result.accessToken, expiresAt: result.expiresAt, scopes: result.scopes, userErrors: [] }
      : { accessToken: null, expiresAt: null, scopes: [], userErrors: result.userErrors });
  }
}
