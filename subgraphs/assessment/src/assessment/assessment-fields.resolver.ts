import { pickText, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import { AssessmentQuestionnaire } from '../questionnaire/questionnaire.type';
import { answerWarnings } from '../scoring/answer-checks';
import { questionScoreMilli } from '../scoring/score';
import { fromMilli } from '../questionnaire/questionnaire';
import { Assessment, AssessmentAnswer, AssessmentAnswerWarning, AssessmentProgress, AssessmentSceneAnswer } from './assessment.type';

const questionnaireOfAttempt = (attempt: Assessment) => questionnaireOf(attempt.questionnaireVersion, attempt.category);

/** The parts of an attempt computed from its answers and its questionnaire. */
@Resolver(() => Assessment)
export class AssessmentFieldsResolver {
  @FieldResolver(() => AssessmentQuestionnaire)
  questionnaire(@Root() attempt: Assessment): AssessmentQuestionnaire {
    return AssessmentQuestionnaire.from(questionnaireOfAttempt(attempt));
  }

  @FieldResolver(() => [AssessmentAnswer])
  answers(@Root() attempt: Assessment, @Ctx() ctx: SubgraphContext): AssessmentAnswer[] {
    const questionnaire = questionnaireOfAttempt(attempt);
    const stored = attempt.entity.answers;
    const warnings = answerWarnings(questionnaire, stored);
    return questionnaire.questions
      .filter((question) => stored[question.key])
      .map((question) => {
        const answer = stored[question.key]!;
        return Object.assign(new AssessmentAnswer(), {
          questionKey: question.key,
          optionKeys: answer.options,
          // In the questionnaire's order, which is the form's.
          inputs: question.inputs.filter((i) => answer.inputs[i.key] !== undefined).map((i) => ({ key: i.key, value: answer.inputs[i.key]! })),
          score: fromMilli(questionScoreMilli(question, answer.options)),
          warnings: warnings
            .filter((w) => w.questionKey === question.key)
            .map((warning) => Object.assign(new AssessmentAnswerWarning(), { code: warning.code, message: pickText(warning.text, ctx.locale), warning })),
        });
      });
  }

  @FieldResolver(() => String, { nullable: true })
  levelName(@Root() attempt: Assessment, @Ctx() ctx: SubgraphContext): string | null {
    if (!attempt.level) return null;
    const zh = questionnaireOfAttempt(attempt).data.levelRule.find((r) => r.level === attempt.level)?.name ?? `${attempt.level}级`;
    return pickText({ zh, en: `Level ${attempt.level}` }, ctx.locale);
  }

  @FieldResolver(() => [AssessmentSceneAnswer])
  sceneLevels(@Root() attempt: Assessment): AssessmentSceneAnswer[] {
    const levels = attempt.entity.sceneLevels;
    return questionnaireOfAttempt(attempt)
      .scenes.filter((scene) => levels[scene.key] !== undefined)
      .map((scene) => Object.assign(new AssessmentSceneAnswer(), { sceneKey: scene.key, level: levels[scene.key]! }));
  }

  @FieldResolver(() => AssessmentProgress)
  progress(@Root() attempt: Assessment): AssessmentProgress {
    const questionnaire = questionnaireOfAttempt(attempt);
    const { answers, sceneLevels } = attempt.entity;
    return Object.assign(new AssessmentProgress(), {
      answeredQuestions: questionnaire.questions.filter((q) => (answers[q.key]?.options.length ?? 0) > 0).length,
      totalQuestions: questionnaire.questions.length,
      judgedScenes: questionnaire.scenes.filter((s) => sceneLevels[s.key] !== undefined).length,
      totalScenes: questionnaire.scenes.length,
    });
  }
}
