import { graphql } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PARTNER, DEMO_PASSWORD } from './demo/demo-data';
import { latestSmsCode, registerLegalPerson as register, requestCode, sessionCookieOf, testUscc } from './testing/accounts';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

let t: TestPlatform;
let url: string;
const [demo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  t = await startTestPlatform();
  url = t.url;
}, 90_000);

afterAll(() => t?.stop());

const LOGIN = /* GraphQL */ `
  mutation ($input: LoginInput!) {
    login(input: $input) { accessToken lockedUntil account { loginName accountType roles } userErrors { code message field } }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterInput!) {
    register(input: $input) { accessToken recoveryOptions account { id loginName uscc realNameStatus maskedPhone } userErrors { code field message } }
  }
`;

const newUscc = testUscc;
const registerLegalPerson = (loginName: string, phone: string, uscc: string, enterpriseName?: string) => register(url, loginName, phone, uscc, enterpriseName);

describe('registration', () => {
  it('registers a legal person, signs it in, and profile creates its enterprise from the event', async () => {
    const uscc = newUscc('2T7Y8U9');
    const result = await registerLegalPerson('newcorp', '13911110001', uscc);
    expect(result.data?.register).toMatchObject({
      userErrors: [],
      account: { loginName: 'newcorp', uscc, realNameStatus: 'UNVERIFIED', maskedPhone: '139****0001' },
    });
    expect(sessionCookieOf(result.setCookies)).toBeDefined();
    const token = result.data?.register.accessToken as string;
    const enterprise = await eventually(async () => {
      const viewer = await graphql(url, '{ viewer { enterprise { name uscc } } }', { token });
      return viewer.data?.viewer?.enterprise;
    });
    expect(enterprise).toEqual({ name: '杭州测试注册科技有限公司', uscc });
  });

  it('says which part of a wrong USCC is wrong, and checks every field at once', async () => {
    const result = await graphql(url, REGISTER, {
      variables: { input: { kind: 'LEGAL_PERSON', loginName: 'x', password: 'short', phone: '12345', smsCode: '', displayName: '', uscc: '91330106MA2H3X7Q1X', enterpriseName: '', legalRepresentative: '' } },
    });
    const codes = (result.data?.register.userErrors as { code: string }[]).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['INVALID_LOGIN_NAME', 'PASSWORD_LENGTH', 'INVALID_PHONE', 'INVALID_SMS_CODE', 'USCC_CHECK_DIGIT', 'REQUIRED']));
    expect(result.data?.register.accessToken).toBeNull();
  });

  it('leads a taken USCC to the recovery choices instead of a dead end', async () => {
    const result = await registerLegalPerson('someoneelse', '13911110002', demo.uscc);
    expect(result.data?.register).toMatchObject({
      accessToken: null,
      recoveryOptions: ['SIGN_IN_WITH_USCC', 'RESET_PASSWORD', 'CHANGE_PHONE_MANUAL'],
      userErrors: [{ code: 'USCC_ALREADY_REGISTERED', field: ['uscc'] }],
    });
  });

  it('refuses a wrong SMS code', async () => {
    const result = await graphql(url, REGISTER, {
      variables: { input: { kind: 'NATURAL_PERSON', loginName: 'person1', password: 'Str0ng!pass', phone: '13911110003', smsCode: '000000', displayName: '李四' } },
    });
    expect(result.data?.register.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_SMS_CODE', field: ['smsCode'] })]);
  });
});

describe('sign-in', () => {
  it('accepts the USCC of a legal person as login name', async () => {
    const result = await graphql(url, LOGIN, { variables: { input: { method: 'USCC', identifier: demo.uscc.toLowerCase(), password: DEMO_PASSWORD } } });
    expect(result.data?.login).toMatchObject({ userErrors: [], account: { loginName: 'demo', accountType: 'LEGAL_PERSON', roles: ['ENTERPRISE'] } });
  });

  it('locks an account after five wrong passwords, even for the right one, and says until when', async () => {
    const input = (password: string) => ({ variables: { input: { identifier: 'demo3302', password } } });
    for (let i = 1; i <= 4; i++) {
      const result = await graphql(url, LOGIN, input('wrong'));
      expect(result.data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
      expect(result.data?.login.userErrors[0].message).toContain(`再错 ${5 - i} 次`);
    }
    const fifth = await graphql(url, LOGIN, input('wrong'));
    expect(fifth.data?.login.userErrors[0]).toMatchObject({ code: 'ACCOUNT_LOCKED', message: expect.stringContaining('忘记密码') });
    const lockedUntil = new Date(fifth.data?.login.lockedUntil as string).getTime();
    expect(lockedUntil).toBeGreaterThan(Date.now() + 14 * 60_000);
    const right = await graphql(url, LOGIN, input(DEMO_PASSWORD));
    expect(right.data?.login).toMatchObject({ accessToken: null, userErrors: [{ code: 'ACCOUNT_LOCKED' }] });
  });

  it('backs off: a second lock of the same account within a day lasts twice as long', async () => {
    const input = { variables: { input: { identifier: 'province33', password: 'wrong' } } };
    const lockOnce = async () => {
      let last;
      for (let i = 0; i < 5; i++) last = await graphql(url, LOGIN, input);
      return new Date(last?.data?.login.lockedUntil as string).getTime() - Date.now();
    };
    expect(await lockOnce()).toBeGreaterThan(14 * 60_000);
    // As if the first lock had run out: the counter row goes, the day's count of locks stays.
    await t.sql(`delete from identity.rate_limit where key like 'login:account:%'`);
    const second = await lockOnce();
    expect(second).toBeGreaterThan(29 * 60_000);
    expect(second).toBeLessThan(31 * 60_000);
  });

  it('answers in English when the caller asks for it, in Chinese otherwise', async () => {
    const wrong = { variables: { input: { identifier: 'ministry', password: 'wrong' } } };
    const english = await graphql(url, LOGIN, { ...wrong, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(english.data?.login.userErrors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS', message: expect.stringMatching(/^Wrong login name or password/) });
    const chinese = await graphql(url, LOGIN, { ...wrong, headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
    expect(chinese.data?.login.userErrors[0].message).toMatch(/^登录名或密码不正确/);
  });

  it('answers an unknown name exactly like a wrong password, lock included', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await graphql(url, LOGIN, { variables: { input: { identifier: 'nobody-here', password: 'wrong' } } });
      answers.push(result.data?.login.userErrors[0].code);
    }
    expect(answers).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
  });
});

describe('sessions', () => {
  const REFRESH = 'mutation { refreshToken { accessToken account { loginName } userErrors { code } } }';

  it('rotates the refresh cookie, and a replayed one ends the session', async () => {
    const signIn = await graphql(url, LOGIN, { variables: { input: { identifier: 'county330106', password: DEMO_PASSWORD } } });
    const first = sessionCookieOf(signIn.setCookies)!;
    expect(signIn.setCookies[0]).toMatch(/HttpOnly/i);
    expect(signIn.setCookies[0]).toMatch(/SameSite=Strict/i);

    const refreshed = await graphql(url, REFRESH, { cookie: first });
    expect(refreshed.data?.refreshToken).toMatchObject({ userErrors: [], account: { loginName: 'county330106' } });
    const second = sessionCookieOf(refreshed.setCookies)!;
    expect(second).not.toEqual(first);

    // The token from before the rotation, presented again after the grace window, is theft.
    await t.sql(`update identity.refresh_token set used_at = now() - interval '1 minute' where used_at is not null`);
    const replay = await graphql(url, REFRESH, { cookie: first });
    expect(replay.data?.refreshToken).toMatchObject({ accessToken: null, userErrors: [{ code: 'SESSION_REVOKED' }] });
    const afterTheft = await graphql(url, REFRESH, { cookie: second });
    expect(afterTheft.data?.refreshToken.userErrors).toEqual([{ code: 'SESSION_EXPIRED' }]);
  });

  it('lets two tabs refresh with the same cookie at once without ending the session', async () => {
    const signIn = await graphql(url, LOGIN, { variables: { input: { identifier: 'admin', password: DEMO_PASSWORD } } });
    const shared = sessionCookieOf(signIn.setCookies);
    expect(shared).toBeDefined();
    const [a, b] = await Promise.all([graphql(url, REFRESH, { cookie: shared }), graphql(url, REFRESH, { cookie: shared })]);
    expect([a.data?.refreshToken.userErrors, b.data?.refreshToken.userErrors]).toEqual([[], []]);
    // Exactly one of them rotated the cookie; the other, inside the race window, only got an access token.
    const rotated = [a, b].map((r) => sessionCookieOf(r.setCookies)).filter(Boolean);
    expect(rotated).toHaveLength(1);
    const next = await graphql(url, REFRESH, { cookie: rotated[0] });
    expect(next.data?.refreshToken.userErrors).toEqual([]);
  });

  it('signs out: the session cannot be refreshed afterwards', async () => {
    const signIn = await graphql(url, LOGIN, { variables: { input: { identifier: 'city3301', password: DEMO_PASSWORD } } });
    const cookie = sessionCookieOf(signIn.setCookies)!;
    const out = await graphql(url, 'mutation { logout { ok } }', { cookie });
    expect(out.data?.logout).toEqual({ ok: true });
    const refreshed = await graphql(url, REFRESH, { cookie });
    expect(refreshed.data?.refreshToken.userErrors).toEqual([{ code: 'SESSION_EXPIRED' }]);
  });
});

describe('recovery', () => {
  it('resets a forgotten password with a code to the bound phone', async () => {
    const uscc = newUscc('3K4L5M6');
    await registerLegalPerson('forgetful', '13911110011', uscc);
    await requestCode(url, { purpose: 'RESET_PASSWORD', loginMethod: 'USCC', identifier: uscc, phone: '13911110011' });
    const smsCode = await latestSmsCode(url, '13911110011');
    const reset = await graphql(url, 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { ok userErrors { code } } }', {
      variables: { input: { loginMethod: 'USCC', identifier: uscc, phone: '13911110011', smsCode, newPassword: 'N3w!password' } },
    });
    expect(reset.data?.resetPassword).toEqual({ ok: true, userErrors: [] });
    const signIn = await graphql(url, LOGIN, { variables: { input: { method: 'USCC', identifier: uscc, password: 'N3w!password' } } });
    expect(signIn.data?.login.userErrors).toEqual([]);
  });

  it('sends no code when the phone is not the bound one, and says nothing about it', async () => {
    const result = await graphql(url, 'mutation ($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { sent userErrors { code } } }', {
      variables: { input: { purpose: 'RESET_PASSWORD', identifier: 'demo', phone: '13700000000' } },
    });
    expect(result.data?.requestSmsCode).toEqual({ sent: true, userErrors: [] });
    const outbox = await graphql(url, '{ devSmsOutbox(phone: "13700000000") { text } }');
    expect(outbox.data?.devSmsOutbox).toEqual([]);
  });

  it('changes the bound phone with codes to the old and the new phone, and tells the old phone', async () => {
    const uscc = newUscc('4N5P6Q7');
    await registerLegalPerson('movingphone', '13911110021', uscc);
    await requestCode(url, { purpose: 'CHANGE_PHONE_OLD', identifier: 'movingphone' });
    const oldPhoneCode = await latestSmsCode(url, '13911110021');
    await requestCode(url, { purpose: 'CHANGE_PHONE_NEW', phone: '13911110022' });
    const newPhoneCode = await latestSmsCode(url, '13911110022');
    const changed = await graphql(url, 'mutation ($input: ChangePhoneInput!) { changePhone(input: $input) { ok userErrors { code } } }', {
      variables: { input: { identifier: 'movingphone', oldPhoneCode, newPhone: '13911110022', newPhoneCode } },
    });
    expect(changed.data?.changePhone).toEqual({ ok: true, userErrors: [] });
    const signIn = await graphql(url, LOGIN, { variables: { input: { identifier: 'movingphone', password: 'Str0ng!pass' } } });
    expect(signIn.data?.login.account).toBeDefined();
    const viewer = await graphql(url, '{ viewer { maskedPhone } }', { token: signIn.data?.login.accessToken });
    expect(viewer.data?.viewer.maskedPhone).toBe('139****0022');
    const oldOutbox = await graphql(url, '{ devSmsOutbox(phone: "13911110021", first: 1) { text } }');
    expect(oldOutbox.data?.devSmsOutbox[0].text).toContain('绑定手机号已修改');
  });

  it('limits codes to one a minute per phone', async () => {
    await requestCode(url, { purpose: 'REGISTER', phone: '13911110031' });
    const again = await graphql(url, 'mutation { requestSmsCode(input: { purpose: REGISTER, phone: "13911110031" }) { sent retryAfterSeconds userErrors { code } } }');
    expect(again.data?.requestSmsCode).toMatchObject({ sent: false, userErrors: [{ code: 'SMS_TOO_FREQUENT' }] });
    expect(again.data?.requestSmsCode.retryAfterSeconds).toBeGreaterThan(50);
  });
});

describe('real-name verification', () => {
  it('verifies against the registry and syncs the verified name into the profile', async () => {
    // A USCC the local registry knows, registered under a slightly wrong name.
    const result = await registerLegalPerson('zhijiang', '13911110041', '91330106MA2J8K9L36', '之江数控');
    const token = result.data?.register.accessToken as string;
    const VERIFY = 'mutation ($input: VerifyRealNameInput!) { verifyRealName(input: $input) { account { realNameStatus realName } userErrors { code field } } }';
    const wrong = await graphql(url, VERIFY, { token, variables: { input: { enterpriseName: '之江数控', legalRepresentative: '李晓东' } } });
    expect(wrong.data?.verifyRealName.userErrors).toEqual([{ code: 'REAL_NAME_MISMATCH', field: ['enterpriseName'] }]);
    const right = await graphql(url, VERIFY, { token, variables: { input: { enterpriseName: '杭州之江数控装备有限公司', legalRepresentative: '李晓东' } } });
    expect(right.data?.verifyRealName).toEqual({ account: { realNameStatus: 'VERIFIED', realName: '杭州之江数控装备有限公司' }, userErrors: [] });

    // The enterprise must exist in profile before the rename applies; the bus retries until then.
    const synced = await graphql(url, 'mutation { syncRealName { userErrors { code } } }', { token });
    expect(synced.data?.syncRealName.userErrors).toEqual([]);
    const name = await eventually(async () => {
      const viewer = await graphql(url, '{ viewer { enterprise { name } } }', { token });
      const current = viewer.data?.viewer?.enterprise?.name as string | undefined;
      return current === '杭州之江数控装备有限公司' ? current : null;
    });
    expect(name).toBe('杭州之江数控装备有限公司');
  });
});

describe('partner clients', () => {
  it('exchanges client credentials for a scoped token, and refuses a wrong secret', async () => {
    const PARTNER_TOKEN = 'mutation ($input: PartnerTokenInput!) { partnerToken(input: $input) { accessToken scopes userErrors { code } } }';
    const good = await graphql(url, PARTNER_TOKEN, { variables: { input: { clientId: DEMO_PARTNER.clientId, clientSecret: DEMO_PARTNER.clientSecret } } });
    expect(good.data?.partnerToken).toMatchObject({ scopes: ['enterprises:read'], userErrors: [] });
    const partnerToken = good.data?.partnerToken.accessToken as string;
    // A partner is not an account: viewer is null, and account-only fields are refused.
    const viewer = await graphql(url, '{ viewer { id } }', { token: partnerToken });
    expect(viewer.data?.viewer).toBeNull();
    const bad = await graphql(url, PARTNER_TOKEN, { variables: { input: { clientId: DEMO_PARTNER.clientId, clientSecret: 'nope' } } });
    expect(bad.data?.partnerToken).toMatchObject({ accessToken: null, userErrors: [{ code: 'INVALID_CLIENT' }] });
  });
});

describe('audit', () => {
  it('records sign-ins, failures and lockouts for administrators to read', async () => {
    const admin = await graphql(url, LOGIN, { variables: { input: { identifier: 'admin', password: DEMO_PASSWORD } } });
    const token = admin.data?.login.accessToken as string;
    const result = await graphql(url, '{ auditEvents(first: 100) { totalCount nodes { action } } }', { token });
    const actions = new Set((result.data?.auditEvents.nodes as { action: string }[]).map((n) => n.action));
    for (const action of ['REGISTERED', 'SIGNED_IN', 'SIGN_IN_FAILED', 'LOCKED_OUT', 'PASSWORD_RESET', 'PHONE_CHANGED', 'REAL_NAME_VERIFIED']) expect(actions).toContain(action);
  });
});

describe('manual verification (人工核验)', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  async function uploadDocument(fileName: string, bytes: Buffer, contentType = 'application/pdf'): Promise<string> {
    const created = await graphql(url, 'mutation ($input: CreateUploadInput!) { createUpload(input: $input) { upload { fileId uploadUrl method maxBytes } userErrors { code message } } }', {
      variables: { input: { purpose: 'MANUAL_VERIFICATION', fileName, contentType, size: bytes.length } },
    });
    const upload = created.data?.createUpload.upload;
    expect(upload).toMatchObject({ method: 'PUT', maxBytes: 10 * 1024 * 1024 });
    const put = await fetch(new URL(upload.uploadUrl, url), { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
    expect(put.status).toBe(201);
    return upload.fileId as string;
  }

  it('binds a new phone once an administrator approves the documents, and tells the new phone', async () => {
    const uscc = newUscc('5R6T7U8');
    await registerLegalPerson('lostphone', '13911110051', uscc);
    const fileId = await uploadDocument('营业执照 扫描件 📄.pdf', PDF);
    await requestCode(url, { purpose: 'CHANGE_PHONE_NEW', phone: '13911110052' });
    const newPhoneCode = await latestSmsCode(url, '13911110052');
    const REQUEST = 'mutation ($input: RequestManualVerificationInput!) { requestManualVerification(input: $input) { request { id status maskedNewPhone } userErrors { code field } } }';
    const input = { loginMethod: 'USCC', identifier: uscc, enterpriseName: '杭州测试注册科技有限公司', contactName: '王五', newPhone: '13911110052', newPhoneCode, documentFileIds: [fileId] };
    const requested = await graphql(url, REQUEST, { variables: { input } });
    expect(requested.data?.requestManualVerification).toMatchObject({ userErrors: [], request: { status: 'PENDING', maskedNewPhone: '139****0052' } });

    // The same document cannot be attached twice.
    await requestCode(url, { purpose: 'CHANGE_PHONE_NEW', phone: '13911110053' });
    const again = await graphql(url, REQUEST, { variables: { input: { ...input, newPhone: '13911110053', newPhoneCode: await latestSmsCode(url, '13911110053') } } });
    expect(again.data?.requestManualVerification.userErrors).toEqual([{ code: 'FILE_NOT_UPLOADED', field: ['documentFileIds', '0'] }]);

    const admin = (await graphql(url, LOGIN, { variables: { input: { identifier: 'admin', password: DEMO_PASSWORD } } })).data?.login.accessToken as string;
    const queue = await graphql(url, '{ manualVerificationRequests(status: PENDING) { totalCount nodes { id identifier account { loginName } documents { fileName contentType downloadUrl } } } }', { token: admin });
    const [pending] = queue.data?.manualVerificationRequests.nodes ?? [];
    expect(pending).toMatchObject({ identifier: uscc, account: { loginName: 'lostphone' }, documents: [{ fileName: '营业执照 扫描件 📄.pdf', contentType: 'application/pdf' }] });
    const download = await fetch(new URL(pending.documents[0].downloadUrl, url));
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);

    const DECIDE = 'mutation ($input: DecideManualVerificationInput!) { decideManualVerification(input: $input) { request { status } userErrors { code } } }';
    const approved = await graphql(url, DECIDE, { token: admin, variables: { input: { id: pending.id, approve: true } } });
    expect(approved.data?.decideManualVerification).toEqual({ request: { status: 'APPROVED' }, userErrors: [] });
    const twice = await graphql(url, DECIDE, { token: admin, variables: { input: { id: pending.id, approve: false, reason: 'x' } } });
    expect(twice.data?.decideManualVerification.userErrors).toEqual([{ code: 'ALREADY_DECIDED' }]);
    const sms = await graphql(url, '{ devSmsOutbox(phone: "13911110052", first: 1) { text } }');
    expect(sms.data?.devSmsOutbox[0].text).toContain('人工核验已通过');

    // The new phone now resets the password.
    await requestCode(url, { purpose: 'RESET_PASSWORD', loginMethod: 'USCC', identifier: uscc, phone: '13911110052' });
    const reset = await graphql(url, 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { ok } }', {
      variables: { input: { loginMethod: 'USCC', identifier: uscc, phone: '13911110052', smsCode: await latestSmsCode(url, '13911110052'), newPassword: 'Back!n2026' } },
    });
    expect(reset.data?.resetPassword.ok).toBe(true);
  });

  it('refuses an upload link for a type or size the purpose does not take, saying what is accepted', async () => {
    const result = await graphql(url, 'mutation { createUpload(input: { purpose: MANUAL_VERIFICATION, fileName: "a.exe", contentType: "application/x-msdownload", size: 20000000 }) { upload { fileId } userErrors { code message } } }');
    expect(result.data?.createUpload.upload).toBeNull();
    expect(result.data?.createUpload.userErrors).toEqual([
      { code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining('PDF') },
      { code: 'FILE_TOO_LARGE', message: expect.stringContaining('10 MB') },
    ]);
  });

  it('is for administrators only to decide', async () => {
    const enterprise = (await graphql(url, LOGIN, { variables: { input: { identifier: 'demo', password: DEMO_PASSWORD } } })).data?.login.accessToken as string;
    const result = await graphql(url, '{ manualVerificationRequests { totalCount } }', { token: enterprise });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
