import { graphql, login } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { registerLegalPerson, testUscc } from './testing/accounts';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** The digital-level assessment through the gateway: two stages, scoring, level, history, access. */
let t: TestPlatform;
let token: string;
const [demo, ningbo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  t = await startTestPlatform();
  token = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
  // The assessment subgraph learns industries from profile's events.
  await eventually(async () => (await graphql(t.url, ENTERPRISE, { token, variables: { id: ningbo.id } })).data?.enterprise?.assessmentCategory);
}, 90_000);

afterAll(() => t?.stop());

const ATTEMPT = /* GraphQL */ `
  fragment Attempt on Assessment {
    id status stage score level levelName position category questionnaire { id adaptation { from } }
    answers { questionKey optionKeys inputs { key value } score warnings { code message } }
    sceneLevels { sceneKey level }
    progress { answeredQuestions totalQuestions judgedScenes totalScenes }
    dimensionScores { name points score } sceneCounts { level scenes constraintScenes }
    levelChecks { level met minBaseScore baseScore minScenes scenes minConstraintScenes constraintScenes }
    stage1CompletedAt completedAt
  }
`;
const ENTERPRISE = /* GraphQL */ `
  query ($id: ID!) { enterprise(id: $id) { assessmentCategory latestAssessment { id score level } currentAssessment { id } assessments(first: 10) { totalCount nodes { id status } } } }
`;
const START = `${ATTEMPT} mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { resumed assessment { ...Attempt } userErrors { field code message } } }`;
const SAVE = `${ATTEMPT} mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { assessment { ...Attempt } userErrors { field code message } } }`;
const COMPLETE = `${ATTEMPT} mutation ($input: CompleteAssessmentStageInput!) { completeAssessmentStage(input: $input) { assessment { ...Attempt } userErrors { field code message } } }`;

const start = async (as: string, enterpriseId: string, restart = false) => (await graphql(t.url, START, { token: as, variables: { input: { enterpriseId, restart } } })).data?.startAssessment;
const save = async (input: Record<string, unknown>, as = token) => (await graphql(t.url, SAVE, { token: as, variables: { input } })).data?.saveAssessmentAnswers;
const complete = async (assessmentId: string, stage: string) => (await graphql(t.url, COMPLETE, { token, variables: { input: { assessmentId, stage } } })).data?.completeAssessmentStage;
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

/**
 * A hand-computed attempt (RULES.md §2.2):
 * 基础 8 (4 networks) + 6 (70 % digitised) + 4.5 (50 % networked) + 7 (10 areas × 0.7) + 7.5 (>80 %) + 3.75 (3 × 1.25) + 2.5 (2 × 1.25) = 39.25
 * 管理 6 (E) + 3.75 (2 × 1.875) + 4.5 (3 × 1.5) + 0 (A) = 14.25
 * 成效 3.5 (持平) + 7 (增加) + 3 (增加) + 1.5 (持平) = 15        → 68.5 points
 */
const ANSWERS = [
  { questionKey: 'network', optionKeys: ['B', 'C', 'D', 'E'] },
  { questionKey: 'equipment_digitization_rate', optionKeys: ['E'], inputs: [{ key: 'production_devices', value: 100 }, { key: 'digitised_devices', value: 70 }] },
  { questionKey: 'equipment_networking_rate', optionKeys: ['D'], inputs: [{ key: 'networked_devices', value: 50 }] },
  { questionKey: 'data_collection_coverage', optionKeys: ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] },
  { questionKey: 'information_system_coverage', optionKeys: ['D'] },
  { questionKey: 'network_security', optionKeys: ['B', 'C', 'D'] },
  { questionKey: 'data_security', optionKeys: ['B', 'C'] },
  { questionKey: 'planning_execution', optionKeys: ['E'] },
  { questionKey: 'management_mechanism', optionKeys: ['B', 'C'] },
  { questionKey: 'digital_talent', optionKeys: ['B', 'C', 'D'] },
  { questionKey: 'digital_investment_ratio', optionKeys: ['A'] },
  { questionKey: 'energy_intensity_change', optionKeys: ['B'] },
  { questionKey: 'product_pass_rate_change', optionKeys: ['C'] },
  { questionKey: 'revenue_per_employee_change', optionKeys: ['C'] },
  { questionKey: 'cost_per_revenue_change', optionKeys: ['B'] },
];
/** 8 scenes at level 3, 5 of them constraint scenes (★), the rest at 2: with 68.5 points, 三级. */
const SCENES = {
  product_design: 3, // ★
  marketing_management: 3, // ★
  production_control: 3, // ★
  quality_management: 3, // ★
  equipment_management: 3, // ★
  process_design: 3,
  after_sales_service: 3,
  collaborative_office: 3,
  production_planning_scheduling: 2,
  safety_production: 2,
  energy_management: 2,
  procurement_management: 2,
  warehousing_logistics: 2,
  financial_management: 2,
  human_resources: 2,
  decision_support: 2,
};
const sceneInput = Object.entries(SCENES).map(([sceneKey, level]) => ({ sceneKey, level }));

describe('an attempt from start to level', () => {
  let id: string;

  it('starts with the questionnaire of the industry (3421 → 制造业), once: a second start resumes it', async () => {
    const [first, second] = [await start(token, ningbo.id), await start(token, ningbo.id)];
    expect(first.userErrors).toEqual([]);
    expect(first).toMatchObject({ resumed: false, assessment: { status: 'IN_PROGRESS', stage: 'QUESTIONS', category: 'MANUFACTURING', questionnaire: { id: '2024/MANUFACTURING', adaptation: null } } });
    expect(first.assessment.progress).toEqual({ answeredQuestions: 0, totalQuestions: 15, judgedScenes: 0, totalScenes: 16 });
    expect(second).toMatchObject({ resumed: true, assessment: { id: first.assessment.id } });
    id = first.assessment.id;
  });

  it('refuses "无" with another option, two options of a single choice, and scene levels before stage 1, saving nothing', async () => {
    const refused = await save({ assessmentId: id, answers: [{ questionKey: 'data_security', optionKeys: ['B'] }, { questionKey: 'network', optionKeys: ['A', 'B'] }, { questionKey: 'planning_execution', optionKeys: ['B', 'C'] }] });
    expect(refused.userErrors).toEqual([
      { field: ['input', 'answers', '1', 'optionKeys'], code: 'EXCLUSIVE_OPTION', message: '“无”不能与其他选项同时选择。' },
      { field: ['input', 'answers', '2', 'optionKeys'], code: 'SINGLE_CHOICE', message: '“企业对数字化的认识与执行水平情况”为单选题，只能选择一项。' },
    ]);
    expect(codes(await save({ assessmentId: id, sceneLevels: [{ sceneKey: 'product_design', level: 2 }] }))).toEqual(['STAGE_1_NOT_COMPLETE']);
    const enterprise = (await graphql(t.url, `${ATTEMPT} query ($id: ID!) { assessment(id: $id) { ...Attempt } }`, { token, variables: { id } })).data?.assessment;
    expect(enterprise.answers).toEqual([]);
  });

  it('saves answers as patches with the position, and warns where the figures disagree with the option', async () => {
    const saved = await save({ assessmentId: id, position: 'QUESTIONS:0', answers: [{ questionKey: 'equipment_digitization_rate', optionKeys: ['C'], inputs: [{ key: 'production_devices', value: 100 }, { key: 'digitised_devices', value: 70 }] }] });
    expect(saved.userErrors).toEqual([]);
    expect(saved.assessment.position).toBe('QUESTIONS:0');
    expect(saved.assessment.answers).toEqual([
      {
        questionKey: 'equipment_digitization_rate',
        optionKeys: ['C'],
        inputs: [{ key: 'production_devices', value: 100 }, { key: 'digitised_devices', value: 70 }],
        score: 3,
        warnings: [{ code: 'BAND_MISMATCH', message: '按填写的数量计算为 70%，对应“(60%,100%]”，与所选“(20%,40%]”不一致，请核对。' }],
      },
    ]);
    // The option alone changes; the figures stay, and the hint goes.
    const corrected = await save({ assessmentId: id, answers: [{ questionKey: 'equipment_digitization_rate', optionKeys: ['E'] }] });
    expect(corrected.assessment.answers[0]).toMatchObject({ optionKeys: ['E'], inputs: [{ key: 'production_devices', value: 100 }, { key: 'digitised_devices', value: 70 }], warnings: [] });
  });

  it('will not finish stage 1 with questions unanswered, naming each', async () => {
    const refused = await complete(id, 'QUESTIONS');
    expect(refused.assessment).toBeNull();
    expect(refused.userErrors).toHaveLength(14);
    expect(refused.userErrors[0]).toEqual({ field: ['answers', 'network'], code: 'QUESTION_UNANSWERED', message: '请回答：网络建设——企业网络建设连接情况' });
  });

  it('finishes stage 1 with the hand-computed score, locks it, and finishing again changes nothing', async () => {
    expect((await save({ assessmentId: id, answers: ANSWERS, position: 'QUESTIONS:2' })).userErrors).toEqual([]);
    const done = await complete(id, 'QUESTIONS');
    expect(done.userErrors).toEqual([]);
    expect(done.assessment).toMatchObject({ stage: 'SCENES', score: 68.5, level: null, position: null });
    expect(done.assessment.dimensionScores).toEqual([
      { name: '数字化基础', points: 50, score: 39.25 },
      { name: '数字化管理', points: 30, score: 14.25 },
      { name: '数字化成效', points: 20, score: 15 },
    ]);
    const again = await complete(id, 'QUESTIONS');
    expect(again.assessment).toMatchObject({ score: 68.5, stage1CompletedAt: done.assessment.stage1CompletedAt });
    const locked = await save({ assessmentId: id, answers: [{ questionKey: 'network', optionKeys: ['A'] }] });
    expect(locked.userErrors).toEqual([{ field: ['input', 'answers'], code: 'STAGE_1_LOCKED', message: '第一阶段（计分题）已完成并锁定，不能修改；如需修改，请开始新的评测（会带入本次答案）。' }]);
  });

  it('finishes stage 2 only with every scene judged, and gives the level by the two-part rule', async () => {
    expect((await save({ assessmentId: id, sceneLevels: sceneInput.slice(0, 10) })).userErrors).toEqual([]);
    const refused = await complete(id, 'SCENES');
    expect(refused.userErrors.map((e: { field: string[] }) => e.field[1])).toEqual(['energy_management', 'procurement_management', 'warehousing_logistics', 'financial_management', 'human_resources', 'decision_support']);
    expect((await save({ assessmentId: id, sceneLevels: sceneInput.slice(10) })).userErrors).toEqual([]);
    const done = await complete(id, 'SCENES');
    expect(done.userErrors).toEqual([]);
    expect(done.assessment).toMatchObject({ status: 'COMPLETE', stage: 'DONE', score: 68.5, level: 3, levelName: '三级' });
    expect(done.assessment.sceneCounts).toEqual([
      { level: 1, scenes: 16, constraintScenes: 10 },
      { level: 2, scenes: 16, constraintScenes: 10 },
      { level: 3, scenes: 8, constraintScenes: 5 },
      { level: 4, scenes: 0, constraintScenes: 0 },
    ]);
    expect(done.assessment.levelChecks.map((c: { level: number; met: boolean }) => [c.level, c.met])).toEqual([[4, false], [3, true], [2, true], [1, true]]);
    expect(codes(await save({ assessmentId: id, sceneLevels: [{ sceneKey: 'decision_support', level: 4 }] }))).toEqual(['ASSESSMENT_CLOSED']);
    expect((await complete(id, 'SCENES')).assessment).toMatchObject({ completedAt: done.assessment.completedAt });
  });

  it('is the enterprise\'s result through the gateway, and declarations learns its digital level by event', async () => {
    const enterprise = (await graphql(t.url, ENTERPRISE, { token, variables: { id: ningbo.id } })).data?.enterprise;
    expect(enterprise).toMatchObject({ latestAssessment: { id, score: 68.5, level: 3 }, currentAssessment: null, assessments: { totalCount: 1, nodes: [{ id, status: 'COMPLETE' }] } });
    const projected = await eventually(async () => (await t.sql(`select assessment_id, score::float as score, level from declarations.enterprise_digital_level where enterprise_id = '${ningbo.id}'`))[0]);
    expect(projected).toEqual({ assessment_id: id, score: 68.5, level: 3 });
  });

  it('is readable by the enterprise, the offices over 宁波 and administrators; not by another enterprise or another city', async () => {
    const read = async (as: string) => (await graphql(t.url, 'query ($id: ID!) { assessment(id: $id) { score enterprise { name } } }', { token: as, variables: { id } })).data?.assessment;
    expect(await read(token)).toEqual({ score: 68.5, enterprise: { name: ningbo.name } });
    expect(await read(await login(t.url, 'province33', DEMO_PASSWORD))).toMatchObject({ score: 68.5 });
    expect(await read(await login(t.url, 'admin', DEMO_PASSWORD))).toMatchObject({ score: 68.5 });
    expect(await read(await login(t.url, 'city3301', DEMO_PASSWORD))).toBeNull();
    const other = await login(t.url, demo.loginName, DEMO_PASSWORD);
    expect(await read(other)).toBeNull();
    expect(codes(await save({ assessmentId: id, sceneLevels: [] }, other))).toEqual(['NOT_FOUND']);
    expect(codes(await start(other, ningbo.id))).toEqual(['NOT_FOUND']);
  });

  it('a new attempt carries the answers over; restarting abandons the one in progress; the result stays until another completes', async () => {
    const next = await start(token, ningbo.id);
    expect(next).toMatchObject({ resumed: false, assessment: { stage: 'QUESTIONS', progress: { answeredQuestions: 15, judgedScenes: 16 } } });
    const restarted = await start(token, ningbo.id, true);
    expect(restarted.assessment.id).not.toBe(next.assessment.id);
    const enterprise = (await graphql(t.url, ENTERPRISE, { token, variables: { id: ningbo.id } })).data?.enterprise;
    expect(enterprise).toMatchObject({ latestAssessment: { id, level: 3 }, currentAssessment: { id: restarted.assessment.id } });
    expect(enterprise.assessments.nodes.map((n: { status: string }) => n.status)).toEqual(['IN_PROGRESS', 'ABANDONED', 'COMPLETE']);
  });

  it('two starts at the same moment give one attempt', async () => {
    const other = await login(t.url, demo.loginName, DEMO_PASSWORD);
    const [a, b] = await Promise.all([start(other, demo.id), start(other, demo.id)]);
    expect(a.assessment.id).toBe(b.assessment.id);
    expect([a.resumed, b.resumed].sort()).toEqual([false, true]);
  });
});

describe('the questionnaire follows the industry', () => {
  it('is public by category; without one it is the caller\'s', async () => {
    const other = await graphql(t.url, '{ assessmentQuestionnaire(category: OTHER) { id adaptation { from note } questionCount sceneCount } }');
    expect(other.data?.assessmentQuestionnaire).toMatchObject({ id: '2024/OTHER', adaptation: { from: '2024/MANUFACTURING' }, questionCount: 15, sceneCount: 16 });
    const anonymous = await graphql(t.url, '{ assessmentQuestionnaire { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graphql(t.url, '{ assessmentQuestionnaire { id } }', { token })).data?.assessmentQuestionnaire.id).toBe('2024/MANUFACTURING');
  });

  it('asks a profile without an industry to complete it first, then matches 6513 应用软件开发 to productive services', async () => {
    const registered = await registerLegalPerson(t.url, 'softwareco', '13955550001', testUscc('7K3P9Q2'), '杭州云栖软件有限公司');
    expect(registered.data?.register.userErrors).toEqual([]);
    const own = registered.data?.register.accessToken as string;
    const enterpriseId = await eventually(async () => (await graphql(t.url, '{ viewer { enterprise { id version } } }', { token: own })).data?.viewer?.enterprise);
    await eventually(async () => (await t.sql(`select 1 from assessment.enterprise_directory where enterprise_id = '${enterpriseId.id}'`))[0]);

    const refused = await start(own, enterpriseId.id);
    expect(refused.userErrors).toEqual([{ field: null, code: 'INDUSTRY_REQUIRED', message: '请先在“企业信息管理 › 企业基本情况”中填写所属行业：系统据此匹配制造业、生产性服务业或其他行业的评测问卷。' }]);
    const question = await graphql(t.url, '{ assessmentQuestionnaire { id } }', { token: own });
    expect(question.errors?.[0]?.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'INDUSTRY_REQUIRED' });

    const updated = await graphql(t.url, 'mutation ($input: UpdateEnterpriseProfileInput!) { updateEnterpriseProfile(input: $input) { userErrors { code } } }', {
      token: own,
      variables: {
        input: {
          enterpriseId: enterpriseId.id, expectedVersion: enterpriseId.version, mailingAddress: '浙江省杭州市西湖区云栖小镇 1 号', postcode: '310024', regionCode: '330106',
          legalRepresentative: '测试法人', legalRepresentativeMobile: '13955550001', contactName: '测试联系人', contactMobile: '13955550001', email: 'it@example.com',
          industryCode: '6513', registeredOn: '2020-03-01', registeredCapital: 500, employees: 40, revenueLastYear: 1200, totalAssetsLastYear: 900,
        },
      },
    });
    expect(updated.data?.updateEnterpriseProfile.userErrors).toEqual([]);
    await eventually(async () => (await graphql(t.url, ENTERPRISE, { token: own, variables: { id: enterpriseId.id } })).data?.enterprise?.assessmentCategory === 'PRODUCTIVE_SERVICE' || null);
    const started = await start(own, enterpriseId.id);
    expect(started.assessment).toMatchObject({ category: 'PRODUCTIVE_SERVICE', questionnaire: { id: '2024/PRODUCTIVE_SERVICE', adaptation: { from: '2024/MANUFACTURING' } } });
  });
});
