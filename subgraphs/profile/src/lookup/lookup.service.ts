import type { EntityManager } from '@mikro-orm/postgresql';
import { checkUscc, sameName } from '@zjtx/domain';
import { userError, type HttpExchange, type UserError } from '@zjtx/subgraph-kit';
import { EnterpriseEntity } from '../enterprise/enterprise.entity';
import { consumeCaptcha } from './captcha.service';
import { takeLookup } from './lookup-limits';

export type LookupResult = { ok: true; enterprise: EnterpriseEntity | null } | { ok: false; userErrors: UserError[] };


/**
 * 企业认定查询: name and USCC must both match (so the lookup does not reveal names by code),
 * after a captcha and within the per-address limit. `enterprise` null = no such enterprise.
 */
export async function lookupEnterprise(
  em: EntityManager,
  http: HttpExchange,
  input: { enterpriseName: string; uscc: string; captchaId: string; captchaAnswer: string },
): Promise<LookupResult> {
  if (!(await takeLookup(http.clientIp))) {
    return { ok: false, userErrors: [userError('TOO_MANY_LOOKUPS', { zh: '查询过于频繁，请一小时后再试。', en: 'Too many lookups from this network; try again in an hour.' })] };
  }
  if (!(await consumeCaptcha(em, input.captchaId, input.captchaAnswer))) {
    return { ok: false, userErrors: [userError('CAPTCHA_WRONG', { zh: '验证码不正确或已过期，请看新的验证码重新输入。', en: 'The captcha answer is wrong or expired; enter the new one.' }, ['input', 'captchaAnswer'])] };
  }
  const check = checkUscc(input.uscc.trim().toUpperCase());
  if (!check.valid) {
    return { ok: false, userErrors: [userError(`USCC_${check.problem}`, { zh: '统一社会信用代码格式不正确，请对照营业执照核对。', en: 'This is not a valid unified social credit code; check it against the business licence.' }, ['input', 'uscc'])] };
  }
  const enterprise = await em.findOne(EnterpriseEntity, { uscc: check.uscc });
  const matches = enterprise && sameName(enterprise.name, input.enterpriseName);
  return { ok: true, enterprise: matches ? enterprise : null };
}
