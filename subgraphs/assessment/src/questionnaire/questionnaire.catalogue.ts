import { ASSESSMENT_CATEGORIES, type AssessmentCategory } from '@zjtx/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Questionnaire, questionnaireId } from './questionnaire';
import { questionnaireProblems } from './questionnaire.invariants';
import { questionnaireFile } from './questionnaire.schema';

/** The version new attempts use. Attempts keep theirs, so older versions stay loaded. */
export const CURRENT_QUESTIONNAIRE_VERSION = '2024';

/** Where the questionnaire files live: `data/questionnaires/` of this package (same depth from src/ and dist/). */
export const QUESTIONNAIRE_DIR = join(__dirname, '..', '..', 'data', 'questionnaires');

/** Reads and checks every questionnaire file; a bad file stops the subgraph at start, not a user mid-answer. */
export function loadQuestionnaires(dir = QUESTIONNAIRE_DIR): Map<string, Questionnaire> {
  const loaded = new Map<string, Questionnaire>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    const parsed = questionnaireFile.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new TypeError(`Questionnaire ${file} is malformed: ${parsed.error.message}`);
    const questionnaire = new Questionnaire(parsed.data);
    const problems = questionnaireProblems(questionnaire);
    if (problems.length) throw new TypeError(`Questionnaire ${file} is inconsistent: ${problems.join('; ')}`);
    if (loaded.has(questionnaire.id)) throw new TypeError(`Questionnaire ${questionnaire.id} is defined twice (${file})`);
    loaded.set(questionnaire.id, questionnaire);
  }
  for (const category of ASSESSMENT_CATEGORIES) {
    if (!loaded.has(questionnaireId(CURRENT_QUESTIONNAIRE_VERSION, category))) throw new TypeError(`No ${CURRENT_QUESTIONNAIRE_VERSION} questionnaire for ${category} in ${dir}`);
  }
  return loaded;
}

let catalogue: Map<string, Questionnaire> | undefined;

/** The questionnaire of a version and category; throws for one that was never published (a stored attempt always names a loaded one). */
export function questionnaireOf(version: string, category: AssessmentCategory): Questionnaire {
  catalogue ??= loadQuestionnaires();
  const found = catalogue.get(questionnaireId(version, category));
  if (!found) throw new TypeError(`Unknown questionnaire ${questionnaireId(version, category)}`);
  return found;
}

/** The questionnaire new attempts of a category use. */
export const currentQuestionnaire = (category: AssessmentCategory): Questionnaire => questionnaireOf(CURRENT_QUESTIONNAIRE_VERSION, category);
