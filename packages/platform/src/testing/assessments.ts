import { graphql } from '@zjtx/test-kit';

/**
 * Completes a digital-level assessment for an enterprise through the API: the best option of
 * every question (100 points) and level 1 in every scene, which the two-part rule makes 一级
 * (the scene counts, not the score, hold it there). For tests that need a digital level.
 */
export async function completeAssessment(url: string, token: string, enterpriseId: string): Promise<void> {
  const started = await graphql(url, 'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { id questionnaire { dimensions { areas { questions { key type options { key points exclusive } } } } sceneGroups { scenes { key } } } } userErrors { code } } }', {
    token,
    variables: { input: { enterpriseId, restart: true } },
  });
  const attempt = started.data?.startAssessment.assessment;
  if (!attempt) throw new TypeError(JSON.stringify(started.data?.startAssessment.userErrors ?? started.errors));
  type Question = { key: string; type: string; options: { key: string; points: number; exclusive: boolean }[] };
  const questions: Question[] = attempt.questionnaire.dimensions.flatMap((d: { areas: { questions: Question[] }[] }) => d.areas.flatMap((a) => a.questions));
  const answers = questions.map((q) => ({
    questionKey: q.key,
    optionKeys: q.type === 'MULTI' ? q.options.filter((o) => !o.exclusive).map((o) => o.key) : [q.options.reduce((a, b) => (b.points > a.points ? b : a)).key],
  }));
  const scenes = attempt.questionnaire.sceneGroups.flatMap((g: { scenes: { key: string }[] }) => g.scenes.map((s) => ({ sceneKey: s.key, level: 1 })));
  const run = async (query: string, input: Record<string, unknown>) => {
    const result = await graphql(url, query, { token, variables: { input } });
    const payload = Object.values(result.data ?? {})[0] as { userErrors: unknown[] } | undefined;
    if (!payload || payload.userErrors.length) throw new TypeError(JSON.stringify(payload?.userErrors ?? result.errors));
  };
  const SAVE = 'mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { userErrors { code } } }';
  const COMPLETE = 'mutation ($input: CompleteAssessmentStageInput!) { completeAssessmentStage(input: $input) { userErrors { code } } }';
  await run(SAVE, { assessmentId: attempt.id, answers });
  await run(COMPLETE, { assessmentId: attempt.id, stage: 'QUESTIONS' });
  await run(SAVE, { assessmentId: attempt.id, sceneLevels: scenes });
  await run(COMPLETE, { assessmentId: attempt.id, stage: 'SCENES' });
}
