/** What an attempt stores of its answers (jsonb), keyed by question and scene key. */
export interface StoredAnswer {
  /** Chosen option keys; empty = not answered. */
  options: string[];
  /** Raw figures typed with the question (device counts, revenue …), by input key. */
  inputs: Record<string, number>;
}
export type StoredAnswers = Record<string, StoredAnswer>;
/** Level 1–4 judged for each scene, by scene key. */
export type StoredSceneLevels = Record<string, number>;
