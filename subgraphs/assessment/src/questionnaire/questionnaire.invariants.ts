import { fromMilli, type Questionnaire, toMilli } from './questionnaire';

/**
 * What a questionnaire file must satisfy beyond its shape, so that scoring can trust it:
 * points add up at every level, every "full marks" answer exists, keys are unique, band and
 * change options are complete, and checks name inputs that exist. Returns the problems found.
 */
export function questionnaireProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const { data } = q;
  const sum = (values: number[]) => fromMilli(values.reduce((total, value) => total + toMilli(value), 0));
  if (sum(data.dimensions.map((d) => d.points)) !== 100) problems.push('dimension points do not add up to 100');
  for (const dimension of data.dimensions) {
    if (sum(dimension.areas.map((a) => a.points)) !== dimension.points) problems.push(`${dimension.name}: area points do not add up to ${dimension.points}`);
    for (const area of dimension.areas) {
      if (sum(area.questions.map((x) => x.points)) !== area.points) problems.push(`${area.name}: question points do not add up to ${area.points}`);
    }
  }
  const unique = (what: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`duplicate ${what} key ${key}`);
      seen.add(key);
    }
  };
  unique('question', q.questions.map((x) => x.key));
  unique('scene', q.scenes.map((s) => s.key));
  unique('input', q.questions.flatMap((x) => x.inputs.map((i) => i.key)));

  for (const question of q.questions) {
    const at = `question ${question.key}`;
    unique(`${at} option`, question.options.map((o) => o.key));
    const exclusive = question.options.filter((o) => o.exclusive);
    if (exclusive.some((o) => o.points !== 0)) problems.push(`${at}: an exclusive option must score 0`);
    if (question.type === 'SINGLE') {
      if (exclusive.length) problems.push(`${at}: only multiple-choice questions have an exclusive option`);
      if (Math.max(...question.options.map((o) => o.points)) !== question.points) problems.push(`${at}: the best option does not give full points`);
    } else if (sum(question.options.filter((o) => !o.exclusive).map((o) => o.points)) !== question.points) {
      problems.push(`${at}: all options together do not give full points`);
    }
    const bands = question.options.map((o) => o.upToPercent);
    if (bands.some((b) => b !== undefined)) {
      const ascending = bands.every((b, i) => b !== undefined && (i === 0 || b > bands[i - 1]!));
      if (!ascending || bands.at(-1) !== 100) problems.push(`${at}: percentage bands must rise on every option and end at 100`);
    }
    const directions = question.options.map((o) => o.direction).filter(Boolean);
    if (directions.length && (directions.length !== question.options.length || new Set(directions).size !== 3)) {
      problems.push(`${at}: change options must be exactly UP, FLAT and DOWN`);
    }
    const check = question.check;
    if (check) {
      const keys = check.kind === 'share' ? [check.part, check.whole] : [check.current.value, check.current.per, check.previous.value, check.previous.per];
      for (const key of keys) if (!q.input(key)) problems.push(`${at}: check names unknown input ${key}`);
      if (check.kind === 'share' && bands.some((b) => b === undefined)) problems.push(`${at}: a share check needs percentage bands`);
      if (check.kind === 'change' && directions.length !== question.options.length) problems.push(`${at}: a change check needs direction options`);
    }
  }
  const levels = data.levelRule.map((r) => r.level);
  if (levels.some((level, i) => i > 0 && level >= levels[i - 1]!)) problems.push('level rules must run from the highest level down');
  for (const rule of data.levelRule) {
    if (rule.minScenesAtLevel > q.scenes.length) problems.push(`level ${rule.level} needs more scenes than exist`);
    if (rule.minConstraintScenesAtLevel > q.scenes.filter((s) => s.constraint).length) problems.push(`level ${rule.level} needs more constraint scenes than exist`);
  }
  return problems;
}
