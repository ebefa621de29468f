import { usccCheckCharacter } from '@zjtx/domain';
import { graphql } from '@zjtx/test-kit';

/** The newest 6-digit code the development SMS adapter "sent" to `phone`. */
export async function latestSmsCode(url: string, phone: string): Promise<string> {
  const result = await graphql<{ devSmsOutbox: { text: string }[] }>(url, 'query ($phone: String!) { devSmsOutbox(phone: $phone, first: 1) { text } }', { variables: { phone } });
  const code = /验证码 (\d{6})/.exec(result.data?.devSmsOutbox[0]?.text ?? '')?.[1];
  if (!code) throw new TypeError(`no code in the dev SMS outbox for ${phone}: ${JSON.stringify(result)}`);
  return code;
}

export async function requestCode(url: string, input: Record<string, unknown>): Promise<void> {
  const result = await graphql(url, 'mutation ($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { sent userErrors { code message } } }', { variables: { input } });
  if (!result.data?.requestSmsCode.sent) throw new TypeError(`requestSmsCode refused: ${JSON.stringify(result)}`);
}

/** The `zjtx_rt=…` pair from Set-Cookie headers, ready to send back as a Cookie header. */
export function sessionCookieOf(setCookies: string[]): string | undefined {
  return setCookies.map((c) => c.split(';')[0]!).find((pair) => pair.startsWith('zjtx_rt=') && pair !== 'zjtx_rt=');
}

/** A valid USCC in 杭州市西湖区 from a 7-character serial (for registering test enterprises). */
export const testUscc = (serial: string): string => `91330106MA${serial}` + usccCheckCharacter(`91330106MA${serial}`);

/** Registers a legal person through the gateway, with a code read from the dev SMS outbox. */
export async function registerLegalPerson(url: string, loginName: string, phone: string, uscc: string, enterpriseName = '杭州测试注册科技有限公司') {
  await requestCode(url, { purpose: 'REGISTER', phone });
  const smsCode = await latestSmsCode(url, phone);
  return graphql(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) { accessToken recoveryOptions account { id loginName uscc realNameStatus maskedPhone } userErrors { code field message } } }',
    { variables: { input: { kind: 'LEGAL_PERSON', loginName, password: 'Str0ng!pass', phone, smsCode, displayName: '测试联系人', uscc, enterpriseName, legalRepresentative: '测试法人' } } },
  );
}
