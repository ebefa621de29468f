import type { AssessmentCategory } from '@zjtx/domain';
import type { InputData, QuestionData, QuestionnaireData, SceneData } from './questionnaire.schema';

/** Points are decimals like 0.7 and 1.875: sums are taken in thousandths so that 13 × 0.7 + 0.9 is exactly 10. */
export const toMilli = (points: number): number => Math.round(points * 1000);
export const fromMilli = (milli: number): number => milli / 1000;

/** A loaded questionnaire with lookups by key. Immutable once loaded. */
export class Questionnaire {
  readonly id: string;
  readonly questions: readonly QuestionData[];
  readonly scenes: readonly SceneData[];
  private readonly questionByKey: ReadonlyMap<string, QuestionData>;
  private readonly sceneByKey: ReadonlyMap<string, SceneData>;
  private readonly inputByKey: ReadonlyMap<string, { input: InputData; question: QuestionData }>;

  constructor(readonly data: QuestionnaireData) {
    this.id = questionnaireId(data.version, data.category);
    this.questions = data.dimensions.flatMap((d) => d.areas.flatMap((a) => a.questions));
    this.scenes = data.sceneGroups.flatMap((g) => g.scenes);
    this.questionByKey = new Map(this.questions.map((q) => [q.key, q]));
    this.sceneByKey = new Map(this.scenes.map((s) => [s.key, s]));
    this.inputByKey = new Map(this.questions.flatMap((question) => question.inputs.map((input) => [input.key, { input, question }] as const)));
  }

  get version(): string {
    return this.data.version;
  }

  get category(): AssessmentCategory {
    return this.data.category;
  }

  question(key: string): QuestionData | undefined {
    return this.questionByKey.get(key);
  }

  scene(key: string): SceneData | undefined {
    return this.sceneByKey.get(key);
  }

  input(key: string): { input: InputData; question: QuestionData } | undefined {
    return this.inputByKey.get(key);
  }
}

export const questionnaireId = (version: string, category: string): string => `${version}/${category}`;
