import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, Scope, userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { audit } from '../audit/audit';
import { hashPassword, verifyPassword } from '../auth/password';
import type { IdentityServices } from '../services';
import { PartnerClientEntity } from './partner-client.entity';

/** Partner tokens live as long as account access tokens; partners ask again with their credentials. */
const KNOWN_SCOPES = new Set<string>(Object.values(Scope));

export type CreatedPartner = { ok: true; client: PartnerClientEntity; clientSecret: string } | { ok: false; userErrors: UserError[] };

/** Creates a partner client; the secret is returned this once and stored only as a hash. */
export async function createPartnerClient(
  em: EntityManager,
  http: HttpExchange,
  adminId: string,
  input: { name: string; scopes: string[]; regionCode?: string | null },
): Promise<CreatedPartner> {
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (!name || name.length > 100) errors.push(userError('INVALID_NAME', { zh: '请填写合作方名称（100 字以内）。', en: 'Enter the partner\'s name (at most 100 characters).' }, ['name']));
  const unknown = input.scopes.filter((s) => !KNOWN_SCOPES.has(s));
  if (input.scopes.length === 0 || unknown.length > 0) {
    errors.push(userError('INVALID_SCOPES', { zh: `请从以下权限中选择：${[...KNOWN_SCOPES].join('、')}。`, en: `Choose scopes from: ${[...KNOWN_SCOPES].join(', ')}.` }, ['scopes']));
  }
  if (input.regionCode && !/^[0-9]{6}$/.test(input.regionCode)) errors.push(userError('INVALID_REGION', { zh: '区域代码应为 6 位 GB/T 2260 代码。', en: 'A region code has 6 digits (GB/T 2260).' }, ['regionCode']));
  if (errors.length > 0) return { ok: false, userErrors: errors };

  const clientSecret = randomBytes(32).toString('base64url');
  const client = em.create(PartnerClientEntity, {
    clientId: `pc_${randomBytes(9).toString('base64url')}`,
    name,
    secretHash: await hashPassword(clientSecret),
    scopes: [...new Set(input.scopes)],
    regionCode: input.regionCode ?? null,
    createdBy: adminId,
    createdAt: new Date(),
  });
  em.persist(client);
  audit(em, { action: 'PARTNER_CLIENT_CREATED', actorId: adminId, clientIp: http.clientIp, detail: { clientId: client.clientId, scopes: client.scopes } });
  await em.flush();
  return { ok: true, client, clientSecret };
}

export async function revokePartnerClient(em: EntityManager, http: HttpExchange, adminId: string, id: string): Promise<PartnerClientEntity | null> {
  const client = await em.findOne(PartnerClientEntity, { id });
  if (!client) return null;
  client.revokedAt ??= new Date();
  audit(em, { action: 'PARTNER_CLIENT_REVOKED', actorId: adminId, clientIp: http.clientIp, detail: { clientId: client.clientId } });
  await em.flush();
  return client;
}

export type PartnerTokenResult = { ok: true; accessToken: string; expiresAt: Date; scopes: string[] } | { ok: false; userErrors: UserError[] };

/** Client-credentials grant: a scoped access token for a partner system. */
export async function issuePartnerToken(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  input: { clientId: string; clientSecret: string },
): Promise<PartnerTokenResult> {
  const client = await em.findOne(PartnerClientEntity, { clientId: input.clientId.trim(), revokedAt: null }, { populate: ['secretHash'] });
  if (!(await verifyPassword(client?.secretHash ?? null, input.clientSecret)) || !client) {
    return { ok: false, userErrors: [userError('INVALID_CLIENT', { zh: '客户端编号或密钥不正确，或该客户端已停用；请向平台管理员申请新的凭据。', en: 'client id or secret is wrong, or the client was revoked; ask the platform administrator for new credentials.' })] };
  }
  const { token, expiresAt } = await services.keys.sign({
    sub: `partner:${client.clientId}`,
    roles: [Role.PARTNER],
    scp: client.scopes,
    region: client.regionCode ?? undefined,
  });
  audit(em, { action: 'PARTNER_TOKEN_ISSUED', clientIp: http.clientIp, detail: { clientId: client.clientId } });
  await em.flush();
  return { ok: true, accessToken: token, expiresAt, scopes: client.scopes };
}
