/**
 * What the self-assessment's hot paths cost: the autosave (`saveAssessmentAnswers`: one answer
 * patch, row-locked read-modify-write of the attempt, then the attempt with answers, scores and
 * figure checks returned) with 1 connection and with 4 on the same attempt (a user clicking
 * faster than saves return: they queue on the row lock), and loading the questionnaire (≈ 40 kB
 * of JSON). Bounded: 10 s per scenario. Run: `npm run bench:assessment -w bench`.
 */
import autocannon from 'autocannon';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from '@zjtx/platform';
import { machineLine, runMain, startBenchPlatform } from './bench-platform';

const [, ningbo] = DEMO_ENTERPRISES;

async function call<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return ((await response.json()) as { data: T }).data;
}

const SAVE = /* GraphQL */ `
  mutation ($input: SaveAssessmentAnswersInput!) {
    saveAssessmentAnswers(input: $input) { assessment { id updatedAt progress { answeredQuestions } answers { questionKey optionKeys score warnings { code message } } } userErrors { code } }
  }
`;
const QUESTIONNAIRE = '{ assessmentQuestionnaire(category: MANUFACTURING) { id dimensions { areas { questions { key title options { key text points } inputs { key label } } } } sceneGroups { scenes { key levels { text } } } } }';

async function main(): Promise<void> {
  const { url, stop } = await startBenchPlatform('assessment');
  process.stdout.write(machineLine());
  process.stdout.write('| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --- | --- | --- | --- |\n');
  try {
    const login = await call<{ login: { accessToken: string } }>(url, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { identifier: ningbo.loginName, password: DEMO_PASSWORD } });
    const token = login.login.accessToken;
    const started = await call<{ startAssessment: { assessment: { id: string } } }>(url, 'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { id } } }', { input: { enterpriseId: ningbo.id } }, token);
    const assessmentId = started.startAssessment.assessment.id;
    const save = JSON.stringify({
      query: SAVE,
      variables: { input: { assessmentId, position: 'QUESTIONS:0', answers: [{ questionKey: 'equipment_digitization_rate', optionKeys: ['C'], inputs: [{ key: 'production_devices', value: 100 }, { key: 'digitised_devices', value: 35 }] }] } },
    });
    for (const connections of [1, 4]) {
      const result = await autocannon({ url, method: 'POST', connections, duration: 10, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: save });
      process.stdout.write(`| saveAssessmentAnswers, ${connections} connection(s), same attempt | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |\n`);
    }
    const result = await autocannon({ url, method: 'POST', connections: 4, duration: 10, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUESTIONNAIRE }) });
    process.stdout.write(`| assessmentQuestionnaire, 4 connections, anonymous | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |\n`);
  } finally {
    await stop();
  }
}

runMain(main);
