import { usccCheckCharacter } from '@zjtx/domain';
import { graphql } from '@zjtx/test-kit';
import { codeSentDuring } from './sms-outbox';

export const PASSWORD = 'Zjtx@2026e2e';

// Characters a USCC may use (GB 32100-2015: no I, O, S, V, Z).
const USCC_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let sequence = 0;

/** A valid USCC (right check character) registered in 330106, unlike any in the demo data. */
export function newUscc(): string {
  sequence += 1;
  const serial = `E2E${Date.now().toString(36).toUpperCase()}${sequence}`
    .split('')
    .map((c) => (USCC_CHARACTERS.includes(c) ? c : '0'))
    .join('')
    .slice(-9)
    .padStart(9, '0');
  const first17 = `91330106${serial}`;
  return first17 + usccCheckCharacter(first17);
}

/** A mainland mobile number no other test uses. */
export function newPhone(): string {
  sequence += 1;
  return `139${String((Date.now() + sequence * 7919) % 100_000_000).padStart(8, '0')}`;
}

export interface TestAccount {
  loginName: string;
  uscc: string;
  phone: string;
  password: string;
}

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken userErrors { field code message } } }`;
const REQUEST_CODE = `mutation Code($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { sent userErrors { code message } } }`;

/** Registers a legal person through the API (for tests whose subject is not registration). */
export async function registerLegalPerson(graphqlUrl: string, loginName: string, uscc = newUscc()): Promise<TestAccount> {
  const account = { loginName, uscc, phone: newPhone(), password: PASSWORD };
  const smsCode = await codeSentDuring(graphqlUrl, account.phone, () =>
    graphql(graphqlUrl, REQUEST_CODE, { variables: { input: { purpose: 'REGISTER', phone: account.phone } } }),
  );
  const result = await graphql<{ register: { accessToken: string | null; userErrors: unknown[] } }>(graphqlUrl, REGISTER, {
    variables: {
      input: {
        kind: 'LEGAL_PERSON',
        loginName,
        password: PASSWORD,
        phone: account.phone,
        smsCode,
        displayName: '测试联系人',
        uscc: account.uscc,
        enterpriseName: `浙江测试${loginName}科技有限公司`,
        legalRepresentative: '测试法人',
      },
    },
  });
  if (!result.data?.register.accessToken) throw new TypeError(`register ${loginName} failed: ${JSON.stringify(result.errors ?? result.data?.register.userErrors)}`);
  return account;
}
