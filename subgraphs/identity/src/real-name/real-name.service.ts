import type { EntityManager } from '@mikro-orm/postgresql';
import { sameName } from '@zjtx/domain';
import { recordEvent, userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { AccountEntity, RealNameStatus } from '../account/account.entity';
import { audit } from '../audit/audit';
import type { IdentityServices } from '../services';

export type RealNameResult = { ok: true; account: AccountEntity } | { ok: false; userErrors: UserError[] };


/**
 * 实名认证: the registry must know the account's USCC under the name and legal representative
 * given. Success records the verified name on the account.
 */
export async function verifyRealName(
  em: EntityManager,
  services: IdentityServices,
  http: HttpExchange,
  accountId: string,
  input: { enterpriseName: string; legalRepresentative: string },
): Promise<RealNameResult> {
  const account = await em.findOneOrFail(AccountEntity, { id: accountId });
  if (!account.uscc) return { ok: false, userErrors: [userError('NOT_A_LEGAL_PERSON', { zh: '只有法人账号需要实名认证。', en: 'Only legal-person accounts are verified against the registry.' })] };
  const record = await services.registry.lookup(account.uscc);
  if (!record) {
    return { ok: false, userErrors: [userError('REAL_NAME_NOT_FOUND', {
          zh: '登记机关未查到该统一社会信用代码的企业信息。请核对注册时填写的代码；代码无误时请联系平台客服进行人工实名认证。',
          en: 'The registry has no enterprise under this USCC. Check the code given at registration; if it is right, contact platform support for a manual real-name check.',
        })] };
  }
  const nameMatches = sameName(record.name, input.enterpriseName);
  const representativeMatches = sameName(record.legalRepresentative, input.legalRepresentative);
  if (!nameMatches || !representativeMatches) {
    const fields = [...(nameMatches ? [] : [['enterpriseName']]), ...(representativeMatches ? [] : [['legalRepresentative']])];
    return {
      ok: false,
      userErrors: fields.map((field) =>
        userError('REAL_NAME_MISMATCH', field[0] === 'enterpriseName'
            ? { zh: '企业名称与登记信息不一致，请按营业执照上的名称填写（含括号）。', en: 'The name differs from the registry: enter it exactly as on the business licence, brackets included.' }
            : { zh: '法定代表人与登记信息不一致，请按营业执照填写。', en: 'The legal representative differs from the registry: enter the name on the business licence.' }, field),
      ),
    };
  }
  account.realNameStatus = RealNameStatus.VERIFIED;
  account.realName = record.name;
  account.legalRepresentative = record.legalRepresentative;
  account.realNameVerifiedAt = new Date();
  audit(em, { action: 'REAL_NAME_VERIFIED', accountId, clientIp: http.clientIp, detail: { registry: services.registry.kind } });
  await em.flush();
  return { ok: true, account };
}

/** 实名信息同步: sends the verified name and legal representative to the enterprise profile. */
export async function syncRealName(em: EntityManager, http: HttpExchange, accountId: string): Promise<RealNameResult> {
  const account = await em.findOneOrFail(AccountEntity, { id: accountId });
  if (account.realNameStatus !== RealNameStatus.VERIFIED || !account.realName || !account.enterpriseId) {
    return { ok: false, userErrors: [userError('REAL_NAME_NOT_VERIFIED', { zh: '请先完成实名认证，再同步实名信息。', en: 'Complete real-name verification first, then synchronise.' })] };
  }
  recordEvent(em, 'identity.real-name-synced', {
    accountId,
    enterpriseId: account.enterpriseId,
    enterpriseName: account.realName,
    legalRepresentative: account.legalRepresentative ?? '',
  });
  audit(em, { action: 'REAL_NAME_SYNCED', accountId, clientIp: http.clientIp });
  await em.flush();
  return { ok: true, account };
}
