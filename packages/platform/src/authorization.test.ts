import { collect, graphql, login, wsClient } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PARTNER, DEMO_PASSWORD } from './demo/demo-data';
import { latestSmsCode, requestCode } from './testing/accounts';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/**
 * Who may call what: every root field of the public schema against every kind of caller,
 * and the row-level rules (an office sees its region subtree, nothing else).
 */
type Caller = 'anonymous' | 'enterprise' | 'naturalPerson' | 'office' | 'admin' | 'partner';
const CALLERS: Caller[] = ['anonymous', 'enterprise', 'naturalPerson', 'office', 'admin', 'partner'];
const EVERYONE = 'everyone' as const;

const [demo, ningbo] = DEMO_ENTERPRISES;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The access rule of each root field and a harmless call that exercises it. A root field
 * missing here fails the first test: adding a field means deciding who may call it.
 */
const ROOT_FIELDS: Record<string, { allowed: typeof EVERYONE | Caller[]; operation: string }> = {
  // identity
  viewer: { allowed: EVERYONE, operation: '{ viewer { id } }' },
  passwordPolicy: { allowed: EVERYONE, operation: '{ passwordPolicy { minLength } }' },
  devSmsOutbox: { allowed: EVERYONE, operation: '{ devSmsOutbox(phone: "13800000009") { id } }' },
  register: { allowed: EVERYONE, operation: 'mutation { register(input: { kind: NATURAL_PERSON, loginName: "x", password: "x", phone: "1", smsCode: "1", displayName: "x" }) { userErrors { code } } }' },
  login: { allowed: EVERYONE, operation: 'mutation { login(input: { identifier: "authz-nobody", password: "x" }) { userErrors { code } } }' },
  refreshToken: { allowed: EVERYONE, operation: 'mutation { refreshToken { userErrors { code } } }' },
  logout: { allowed: EVERYONE, operation: 'mutation { logout { ok } }' },
  requestSmsCode: { allowed: EVERYONE, operation: 'mutation { requestSmsCode(input: { purpose: CHANGE_PHONE_OLD, identifier: "authz-nobody" }) { sent } }' },
  resetPassword: { allowed: EVERYONE, operation: 'mutation { resetPassword(input: { identifier: "authz-nobody", phone: "13800000009", smsCode: "000000", newPassword: "Aa1!aaaaaa" }) { ok } }' },
  changePhone: { allowed: EVERYONE, operation: 'mutation { changePhone(input: { identifier: "authz-nobody", oldPhoneCode: "0", newPhone: "13800000009", newPhoneCode: "0" }) { ok } }' },
  createUpload: { allowed: EVERYONE, operation: 'mutation { createUpload(input: { purpose: MANUAL_VERIFICATION, fileName: "a.pdf", contentType: "application/pdf", size: 10 }) { upload { fileId } } }' },
  requestManualVerification: {
    allowed: EVERYONE,
    operation: 'mutation { requestManualVerification(input: { identifier: "x", enterpriseName: "x", contactName: "x", newPhone: "1", newPhoneCode: "0", documentFileIds: [] }) { userErrors { code } } }',
  },
  partnerToken: { allowed: EVERYONE, operation: 'mutation { partnerToken(input: { clientId: "nobody", clientSecret: "x" }) { userErrors { code } } }' },
  verifyRealName: { allowed: ['enterprise'], operation: 'mutation { verifyRealName(input: { enterpriseName: "x", legalRepresentative: "x" }) { userErrors { code } } }' },
  syncRealName: { allowed: ['enterprise'], operation: 'mutation { syncRealName { userErrors { code } } }' },
  manualVerificationRequests: { allowed: ['admin'], operation: '{ manualVerificationRequests { totalCount } }' },
  decideManualVerification: { allowed: ['admin'], operation: `mutation { decideManualVerification(input: { id: "${NO_SUCH_ID}", approve: false, reason: "x" }) { userErrors { code } } }` },
  partnerClients: { allowed: ['admin'], operation: '{ partnerClients { clientId } }' },
  createPartnerClient: { allowed: ['admin'], operation: 'mutation { createPartnerClient(input: { name: "授权测试", scopes: ["enterprises:read"] }) { client { clientId } } }' },
  revokePartnerClient: { allowed: ['admin'], operation: `mutation { revokePartnerClient(id: "${NO_SUCH_ID}") { userErrors { code } } }` },
  auditEvents: { allowed: ['admin'], operation: '{ auditEvents(first: 1) { totalCount } }' },
  // profile
  enterprise: { allowed: ['enterprise', 'office', 'admin', 'partner'], operation: `{ enterprise(id: "${demo.id}") { id } }` },
  industries: { allowed: EVERYONE, operation: '{ industries { code } }' },
  industry: { allowed: EVERYONE, operation: '{ industry(code: "3491") { path { name } } }' },
  searchIndustries: { allowed: EVERYONE, operation: '{ searchIndustries(query: "机器人", first: 1) { code } }' },
  regions: { allowed: EVERYONE, operation: '{ regions { code } }' },
  region: { allowed: EVERYONE, operation: '{ region(code: "330106") { path { name } } }' },
  updateEnterpriseProfile: {
    allowed: ['enterprise'],
    operation: `mutation { updateEnterpriseProfile(input: { enterpriseId: "${NO_SUCH_ID}", expectedVersion: 1, mailingAddress: "x", postcode: "x", regionCode: "x", legalRepresentative: "x", legalRepresentativeMobile: "x", contactName: "x", contactMobile: "x", email: "x", industryCode: "x", registeredOn: "x", registeredCapital: 0, employees: 0, revenueLastYear: 0, totalAssetsLastYear: 0 }) { userErrors { code } } }`,
  },
  recognitionLookupCaptcha: { allowed: EVERYONE, operation: '{ recognitionLookupCaptcha { id } }' },
  recognitionLookup: { allowed: EVERYONE, operation: 'mutation { recognitionLookup(input: { enterpriseName: "x", uscc: "x", captchaId: "x", captchaAnswer: "x" }) { userErrors { code } } }' },
  devCaptchaAnswer: { allowed: EVERYONE, operation: `{ devCaptchaAnswer(id: "${NO_SUCH_ID}") }` },
  // assessment
  assessmentQuestionnaire: { allowed: EVERYONE, operation: '{ assessmentQuestionnaire(category: OTHER) { id } }' },
  assessment: { allowed: ['enterprise', 'office', 'admin', 'partner'], operation: `{ assessment(id: "${NO_SUCH_ID}") { id } }` },
  startAssessment: { allowed: ['enterprise'], operation: `mutation { startAssessment(input: { enterpriseId: "${NO_SUCH_ID}" }) { userErrors { code } } }` },
  saveAssessmentAnswers: { allowed: ['enterprise'], operation: `mutation { saveAssessmentAnswers(input: { assessmentId: "${NO_SUCH_ID}" }) { userErrors { code } } }` },
  completeAssessmentStage: { allowed: ['enterprise'], operation: `mutation { completeAssessmentStage(input: { assessmentId: "${NO_SUCH_ID}", stage: QUESTIONS }) { userErrors { code } } }` },
  // declarations
  declarationEligibility: { allowed: ['enterprise', 'office', 'admin'], operation: `{ declarationEligibility(input: { enterpriseId: "${NO_SUCH_ID}", tier: SRDI, data: {} }) { eligible } }` },
  declarationWindows: { allowed: EVERYONE, operation: '{ declarationWindows(first: 1) { totalCount } }' },
  openDeclarationWindow: { allowed: ['office'], operation: 'mutation { openDeclarationWindow(input: { tier: SRDI, name: "", opensAt: "2030-01-01T00:00:00Z", closesAt: "2029-01-01T00:00:00Z" }) { userErrors { code } } }' },
  createDeclaration: { allowed: ['enterprise'], operation: `mutation { createDeclaration(input: { enterpriseId: "${NO_SUCH_ID}", windowId: "${NO_SUCH_ID}" }) { userErrors { code } } }` },
  saveDeclarationDraft: { allowed: ['enterprise'], operation: `mutation { saveDeclarationDraft(input: { declarationId: "${NO_SUCH_ID}", expectedVersion: 1, data: {} }) { userErrors { code } } }` },
  submitDeclaration: { allowed: ['enterprise'], operation: `mutation { submitDeclaration(input: { declarationId: "${NO_SUCH_ID}", expectedVersion: 1, truthfulnessDeclarationAccepted: true }) { userErrors { code } } }` },
  createEvidenceUpload: { allowed: ['enterprise'], operation: `mutation { createEvidenceUpload(input: { declarationId: "${NO_SUCH_ID}", item: "OTHER", fileName: "a.pdf", contentType: "application/pdf", size: 10 }) { userErrors { code } } }` },
  attachEvidence: { allowed: ['enterprise'], operation: `mutation { attachEvidence(input: { declarationId: "${NO_SUCH_ID}", item: "OTHER", fileId: "${NO_SUCH_ID}" }) { userErrors { code } } }` },
  removeEvidence: { allowed: ['enterprise'], operation: `mutation { removeEvidence(input: { declarationId: "${NO_SUCH_ID}", evidenceId: "${NO_SUCH_ID}" }) { userErrors { code } } }` },
  declaration: { allowed: ['enterprise', 'office', 'admin'], operation: `{ declaration(id: "${NO_SUCH_ID}") { id } }` },
  reviewQueue: { allowed: ['office'], operation: '{ reviewQueue(first: 1) { totalCount } }' },
  reviewDeclaration: { allowed: ['office'], operation: `{ reviewDeclaration(id: "${NO_SUCH_ID}") { id } }` },
  approveDeclaration: { allowed: ['office'], operation: `mutation { approveDeclaration(input: { declarationId: "${NO_SUCH_ID}", versionNumber: 1 }) { userErrors { code } } }` },
  approveDeclarations: { allowed: ['office'], operation: `mutation { approveDeclarations(input: { declarations: [{ declarationId: "${NO_SUCH_ID}", versionNumber: 1 }] }) { approvedCount } }` },
  returnDeclaration: { allowed: ['office'], operation: `mutation { returnDeclaration(input: { declarationId: "${NO_SUCH_ID}", versionNumber: 1, reason: "x" }) { userErrors { code } } }` },
  rejectDeclaration: { allowed: ['office'], operation: `mutation { rejectDeclaration(input: { declarationId: "${NO_SUCH_ID}", versionNumber: 1, reason: "x" }) { userErrors { code } } }` },
  runPublicityRecognitions: { allowed: ['admin'], operation: 'mutation { runPublicityRecognitions(date: "2000-01-01") { recognised } }' },
  // notifications
  announcements: { allowed: EVERYONE, operation: '{ announcements(first: 1) { totalCount } }' },
  announcement: { allowed: EVERYONE, operation: `{ announcement(id: "${NO_SUCH_ID}") { id } }` },
  publishAnnouncement: { allowed: ['office'], operation: 'mutation { publishAnnouncement(input: { title: "", body: "" }) { userErrors { code } } }' },
  createAnnouncementUpload: { allowed: ['office'], operation: 'mutation { createAnnouncementUpload(input: { fileName: "a.pdf", contentType: "application/pdf", size: 0 }) { userErrors { code } } }' },
  sendEnterpriseNotice: { allowed: ['office'], operation: 'mutation { sendEnterpriseNotice(input: { category: SYSTEM, title: "", body: "" }) { userErrors { code } } }' },
  updateNotificationPreferences: { allowed: ['enterprise'], operation: 'mutation { updateNotificationPreferences(input: { channels: [] }) { userErrors { code } } }' },
  runDailyReminders: { allowed: ['admin'], operation: 'mutation { runDailyReminders(input: { date: "x" }) { userErrors { code } } }' },
  message: { allowed: ['enterprise', 'admin'], operation: `{ message(id: "${NO_SUCH_ID}") { id } }` },
  markMessagesRead: { allowed: ['enterprise'], operation: `mutation { markMessagesRead(input: { ids: ["${NO_SUCH_ID}"] }) { unreadCount } }` },
  // subscriptions: checked over WebSocket below
  unreadMessageCount: { allowed: ['enterprise'], operation: 'subscription { unreadMessageCount }' },
  declarationStatusChanged: { allowed: ['enterprise', 'admin'], operation: 'subscription { declarationStatusChanged { id } }' },
  reviewQueueChanged: { allowed: ['office'], operation: 'subscription { reviewQueueChanged { id } }' },
  evidenceScanned: { allowed: ['enterprise', 'admin'], operation: 'subscription { evidenceScanned { id } }' },
  messageReceived: { allowed: ['enterprise', 'naturalPerson', 'office', 'admin'], operation: 'subscription { messageReceived { id } }' },
};

let t: TestPlatform;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  tokens.enterprise = await login(t.url, demo.loginName, DEMO_PASSWORD);
  tokens.office = await login(t.url, 'city3301', DEMO_PASSWORD);
  tokens.admin = await login(t.url, 'admin', DEMO_PASSWORD);
  const partner = await graphql(t.url, 'mutation ($input: PartnerTokenInput!) { partnerToken(input: $input) { accessToken } }', {
    variables: { input: { clientId: DEMO_PARTNER.clientId, clientSecret: DEMO_PARTNER.clientSecret } },
  });
  tokens.partner = partner.data?.partnerToken.accessToken as string;
  await requestCode(t.url, { purpose: 'REGISTER', phone: '13922220001' });
  const person = await graphql(t.url, 'mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }', {
    variables: { input: { kind: 'NATURAL_PERSON', loginName: 'naturalperson', password: 'Str0ng!pass', phone: '13922220001', smsCode: await latestSmsCode(t.url, '13922220001'), displayName: '张三' } },
  });
  tokens.naturalPerson = person.data?.register.accessToken as string;
  for (const caller of CALLERS.filter((c) => c !== 'anonymous')) expect(tokens[caller]).toEqual(expect.any(String));
}, 90_000);

afterAll(() => t?.stop());

const denialCode = (errors: { extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.map((e) => e.extensions?.code).find((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') ?? null;

describe('root fields', () => {
  it('every root field of the public schema has an access rule in this test', async () => {
    const result = await graphql(t.url, '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }');
    const schema = result.data?.__schema;
    const names = [schema.queryType, schema.mutationType, schema.subscriptionType].flatMap((type: { fields: { name: string }[] } | null) => type?.fields.map((f) => f.name) ?? []);
    expect(names.sort()).toEqual(Object.keys(ROOT_FIELDS).sort());
  });

  const httpFields = Object.entries(ROOT_FIELDS).filter(([, rule]) => !rule.operation.startsWith('subscription'));
  describe.each(httpFields)('%s', (field, rule) => {
    it.each(CALLERS)('as %s', async (caller) => {
      const result = await graphql(t.url, rule.operation, { token: tokens[caller] });
      const allowed = rule.allowed === EVERYONE || rule.allowed.includes(caller);
      const expected = allowed ? null : caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect({ field, caller, denied: denialCode(result.errors) }).toEqual({ field, caller, denied: expected });
      if (allowed) expect(result.errors).toBeUndefined();
    });
  });

  it('subscriptions: signed-in accounts subscribe, anonymous callers are refused at once', async () => {
    const anonymous = wsClient(t.url);
    const refused = collect(anonymous, ROOT_FIELDS.messageReceived!.operation);
    await expect(refused.next(5_000)).rejects.toBeDefined();
    refused.dispose();
    await anonymous.dispose();

    const signedIn = wsClient(t.url, tokens.naturalPerson);
    const accepted = collect(signedIn, ROOT_FIELDS.messageReceived!.operation);
    // Accepted: no error arrives, the subscription just waits for messages.
    await expect(accepted.next(1_500)).rejects.toThrow(/no subscription event/);
    accepted.dispose();
    await signedIn.dispose();
  });
});

describe('rows: an office sees its region subtree, a partner its scope and region', () => {
  const ENTERPRISE = /* GraphQL */ `
    query ($id: ID!) { enterprise(id: $id) { name declarations { tier } latestAssessment { level } messages(first: 1) { totalCount } } }
  `;
  const read = (token: string | undefined, id: string) => graphql(t.url, ENTERPRISE, { token, variables: { id } });

  it('city 3301 reads an enterprise of 330106 with its submitted declarations and assessment, but not its messages', async () => {
    // The demo's declaration is a draft, the enterprise's own; made submitted here (directly: the subject is who reads what).
    await t.sql(`update declarations.declaration set status = 'SUBMITTED', current_level = 'COUNTY', highest_level = 0, submitted_versions = 1, submitted_at = now() where enterprise_id = '${demo.id}'`);
    // The declarations and assessment subgraphs learn the region from profile's events.
    const seen = await eventually(async () => {
      const result = await read(tokens.office, demo.id);
      return result.data?.enterprise?.declarations.length ? result.data.enterprise : null;
    });
    expect(seen).toEqual({ name: demo.name, declarations: [{ tier: 'INNOVATIVE' }], latestAssessment: { level: 2 }, messages: { totalCount: 0 } });
  });

  it('city 3301 cannot read an enterprise registered in 3302', async () => {
    const result = await read(tokens.office, ningbo.id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.enterprise).toBeNull();
  });

  it('each office level sees exactly its subtree', async () => {
    const sees = async (office: string) => {
      const token = await login(t.url, office, DEMO_PASSWORD);
      const [a, b] = await Promise.all([read(token, demo.id), read(token, ningbo.id)]);
      return [a.data?.enterprise !== null, b.data?.enterprise !== null];
    };
    expect(await sees('county330106')).toEqual([true, false]);
    expect(await sees('province33')).toEqual([true, true]);
    expect(await sees('ministry')).toEqual([true, true]);
  });

  it('an enterprise reads itself, never another', async () => {
    expect((await read(tokens.enterprise, demo.id)).data?.enterprise?.messages.totalCount).toBeGreaterThan(0);
    expect((await read(tokens.enterprise, ningbo.id)).data?.enterprise).toBeNull();
  });

  it('a partner with enterprises:read for 浙江省 reads enterprises there only', async () => {
    expect((await read(tokens.partner, ningbo.id)).data?.enterprise?.name).toBe(ningbo.name);
    // An enterprise registered in 深圳 (440300) is outside the partner's region.
    await requestCode(t.url, { purpose: 'REGISTER', phone: '13922220002' });
    const registered = await graphql(t.url, 'mutation ($input: RegisterInput!) { register(input: $input) { account { id } accessToken } }', {
      variables: {
        input: { kind: 'LEGAL_PERSON', loginName: 'shenzhenco', password: 'Str0ng!pass', phone: '13922220002', smsCode: await latestSmsCode(t.url, '13922220002'), displayName: '黄先生', uscc: '91440300MA5G7H8J9N', enterpriseName: '深圳南山精密光学有限公司', legalRepresentative: '黄志伟' },
      },
    });
    const own = registered.data?.register.accessToken as string;
    const enterpriseId = await eventually(async () => (await graphql(t.url, '{ viewer { enterprise { id } } }', { token: own })).data?.viewer?.enterprise?.id as string | undefined);
    expect((await read(tokens.partner, enterpriseId)).data?.enterprise).toBeNull();
    expect((await read(tokens.admin, enterpriseId)).data?.enterprise?.name).toBe('深圳南山精密光学有限公司');
  });
});

describe('entity references: subgraphs check the caller too, not only the gateway', () => {
  // What another subgraph (or anyone who reached a subgraph) gets when resolving a reference.
  const ENTITY_FIELDS: Record<string, { query: string; typename: string; id: string; pick: (data: Record<string, unknown> | null) => unknown }> = {
    'identity Account': { query: '... on Account { loginName }', typename: 'Account', id: demo.accountId, pick: (e) => e },
    'profile Enterprise': { query: '... on Enterprise { name }', typename: 'Enterprise', id: demo.id, pick: (e) => e },
    'assessment Enterprise.assessments': { query: '... on Enterprise { assessments { totalCount } }', typename: 'Enterprise', id: demo.id, pick: (e) => (e?.assessments as { totalCount: number }).totalCount || null },
    'declarations Enterprise.declarations': { query: '... on Enterprise { declarations { id } }', typename: 'Enterprise', id: demo.id, pick: (e) => (e?.declarations as unknown[]).length || null },
    'notifications Enterprise.messages': { query: '... on Enterprise { messages { totalCount } }', typename: 'Enterprise', id: demo.id, pick: (e) => (e?.messages as { totalCount: number }).totalCount || null },
  };
  const resolveAs = async (subgraph: string, entry: (typeof ENTITY_FIELDS)[string], token?: string) => {
    const result = await graphql(t.platform.subgraphUrls[subgraph]!, `query ($r: [_Any!]!) { _entities(representations: $r) { ${entry.query} } }`, {
      token,
      variables: { r: [{ __typename: entry.typename, id: entry.id }] },
    });
    expect(result.errors).toBeUndefined();
    return entry.pick(result.data?._entities[0] ?? null);
  };

  it.each(Object.entries(ENTITY_FIELDS))('%s: nothing for anonymous callers or another enterprise, the record for its own enterprise', async (name, entry) => {
    const subgraph = name.split(' ')[0]!;
    const otherEnterprise = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
    expect(await resolveAs(subgraph, entry)).toBeNull();
    expect(await resolveAs(subgraph, entry, otherEnterprise)).toBeNull();
    expect(await resolveAs(subgraph, entry, tokens.enterprise)).not.toBeNull();
  });
});
