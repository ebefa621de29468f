import type { DeclarationData, PlatformFacts } from './declaration-data';
import { computeMetrics, METRICS, type MetricKey } from './metrics';
import type { Condition, Indicator, ProvincialIndicator, RuleSet, Test } from './rule-set';

/** Three-valued: a rule whose inputs are missing is UNKNOWN, never silently failed. */
export type Status = 'MET' | 'NOT_MET' | 'UNKNOWN';

export interface ConditionResult {
  key: string;
  text: string;
  status: Status;
}

export interface IndicatorResult {
  key: string;
  category: string;
  name: string;
  max: number;
  /** Null while its inputs are missing, or when reviewers score it (provincial 特色化 without a configuration). */
  points: number | null;
  /** What was scored, e.g. "12.5%" or "国家级". */
  value: string | null;
}

export interface CategoryResult {
  key: string;
  name: string;
  max: number;
  minPoints: number | null;
  points: number;
  /** Points of its indicators still unknown. */
  pendingPoints: number;
}

export interface Evaluation {
  ruleSetId: string;
  conditions: ConditionResult[];
  score: {
    total: number;
    pendingPoints: number;
    passScore: number;
    indicators: IndicatorResult[];
    categories: CategoryResult[];
    directPass: ConditionResult[];
  } | null;
  metrics: { key: MetricKey; label: string; formula: string; unit: string; value: number | null }[];
  /** MET when every condition holds, NOT_MET when one fails, UNKNOWN while inputs are missing. */
  eligible: Status;
}

const get = (data: DeclarationData, path: string): unknown => path.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), data);

const and = (statuses: Status[]): Status => (statuses.includes('NOT_MET') ? 'NOT_MET' : statuses.includes('UNKNOWN') ? 'UNKNOWN' : 'MET');
const or = (statuses: Status[]): Status => (statuses.includes('MET') ? 'MET' : statuses.includes('UNKNOWN') ? 'UNKNOWN' : 'NOT_MET');
const holds = (value: boolean | null | undefined): Status => (value === null || value === undefined ? 'UNKNOWN' : value ? 'MET' : 'NOT_MET');

function check(test: Test, data: DeclarationData, facts: PlatformFacts, metrics: Record<MetricKey, number | null>): Status {
  if ('all' in test) return and(test.all.map((t) => check(t, data, facts, metrics)));
  if ('any' in test) return or(test.any.map((t) => check(t, data, facts, metrics)));
  if ('fact' in test) return holds(test.fact === 'isSme' ? facts.isSme : facts[test.fact]);
  if ('flag' in test) return holds(get(data, test.flag) as boolean | null | undefined);
  if ('choiceIn' in test) {
    const value = get(data, test.choiceIn.path);
    return value === null || value === undefined ? 'UNKNOWN' : holds(test.choiceIn.values.includes(String(value)));
  }
  const value = metrics[test.metric];
  if (value === null) return 'UNKNOWN';
  if ('atLeast' in test) return holds(value >= test.atLeast);
  if ('atMost' in test) return holds(value <= test.atMost);
  return holds(value < test.below);
}

const band = (value: number, bands: [number, number][], otherwise: number, higherIsBetter: boolean) =>
  bands.find(([edge]) => (higherIsBetter ? value >= edge : value <= edge))?.[1] ?? otherwise;

function unitOf(metric: MetricKey): string {
  return METRICS.find((m) => m.key === metric)?.unit ?? '';
}

/** Points of one indicator and the value they were read from; null points while unknown. */
export function scoreIndicator(indicator: Indicator, data: DeclarationData, metrics: Record<MetricKey, number | null>, provincial: readonly ProvincialIndicator[]): { points: number | null; value: string | null } {
  switch (indicator.kind) {
    case 'atLeast':
    case 'atMost':
    case 'perYears': {
      const value = metrics[indicator.metric];
      if (value === null) return { points: null, value: null };
      const points =
        indicator.kind === 'perYears' ? Math.min(indicator.max, Math.floor(value / indicator.yearsPerPoint)) : band(value, indicator.bands, indicator.otherwise, indicator.kind === 'atLeast');
      return { points, value: `${value}${unitOf(indicator.metric)}` };
    }
    case 'choice': {
      const value = get(data, indicator.path);
      if (value === null || value === undefined) return { points: null, value: null };
      return { points: indicator.points[String(value)] ?? 0, value: String(value) };
    }
    case 'firstHeld': {
      const counts = indicator.tiers.map(([path]) => get(data, path) as number | null | undefined);
      const held = indicator.tiers.find(([, ], i) => (counts[i] ?? 0) >= 1);
      if (held) return { points: held[1], value: held[0] };
      // "None" only once every class is stated.
      return counts.every((c) => c !== null && c !== undefined) ? { points: indicator.otherwise, value: '无' } : { points: null, value: null };
    }
    case 'countFlags': {
      const flags = indicator.paths.map((path) => get(data, path) as boolean | null | undefined);
      if (flags.some((f) => f === null || f === undefined)) return { points: null, value: null };
      const count = flags.filter(Boolean).length;
      return { points: Math.min(indicator.max, count * indicator.pointsEach), value: `${count} 项` };
    }
    case 'higherOf': {
      const parts = indicator.of.map((part) => scoreIndicator(part, data, metrics, provincial));
      const known = parts.filter((p) => p.points !== null);
      if (known.length === 0) return { points: null, value: null };
      // One reading already at the cap decides; otherwise both must be known.
      const best = known.reduce((a, b) => ((b.points ?? 0) > (a.points ?? 0) ? b : a));
      if (known.length < parts.length && best.points !== indicator.max) return { points: null, value: null };
      return { points: Math.min(indicator.max, best.points!), value: best.value };
    }
    case 'provincial': {
      if (provincial.length === 0) return { points: null, value: '由省级主管部门评定' };
      const values = provincial.map((p) => data.provincial?.[p.key]);
      if (values.some((v) => v === null || v === undefined)) return { points: null, value: null };
      const points = provincial.reduce((sum, p, i) => sum + band(values[i]!, p.bands, p.otherwise, true), 0);
      return { points: Math.min(indicator.max, points), value: null };
    }
  }
}

/**
 * Applies a rule set to a declaration's inputs: every computed field with its formula, every
 * condition (MET / NOT_MET / UNKNOWN), and, where the rule set scores, each indicator, each
 * category and the total, with the points still pending. The score requirement itself is one of
 * the conditions (score ≥ pass with category minimums, or any direct-pass condition).
 */
export function evaluate(ruleSet: RuleSet, data: DeclarationData, facts: PlatformFacts, provincial: readonly ProvincialIndicator[] = []): Evaluation {
  const metrics = computeMetrics(data, facts);
  const conditions = ruleSet.conditions.map((c: Condition) => ({ key: c.key, text: c.text, status: check(c.test, data, facts, metrics) }));
  let score: Evaluation['score'] = null;
  if (ruleSet.scoring) {
    const { scoring } = ruleSet;
    const indicators = scoring.indicators.map((indicator) => ({ key: indicator.key, category: indicator.category, name: indicator.name, max: indicator.max, ...scoreIndicator(indicator, data, metrics, provincial) }));
    const categories = scoring.categories.map((category) => {
      const own = indicators.filter((i) => i.category === category.key);
      return {
        key: category.key,
        name: category.name,
        max: category.max,
        minPoints: category.minPoints ?? null,
        points: own.reduce((sum, i) => sum + (i.points ?? 0), 0),
        pendingPoints: own.reduce((sum, i) => sum + (i.points === null ? i.max : 0), 0),
      };
    });
    const total = categories.reduce((sum, c) => sum + c.points, 0);
    const pendingPoints = categories.reduce((sum, c) => sum + c.pendingPoints, 0);
    const directPass = scoring.directPass.map((c) => ({ key: c.key, text: c.text, status: check(c.test, data, facts, metrics) }));
    const reach = (points: number, pending: number, needed: number): Status => (points >= needed ? 'MET' : points + pending < needed ? 'NOT_MET' : 'UNKNOWN');
    const byScore = and([reach(total, pendingPoints, scoring.passScore), ...categories.filter((c) => c.minPoints !== null).map((c) => reach(c.points, c.pendingPoints, c.minPoints!))]);
    conditions.push({ key: 'score', text: scoring.conditionText, status: or([byScore, ...directPass.map((d) => d.status)]) });
    score = { total, pendingPoints, passScore: scoring.passScore, indicators, categories, directPass };
  }
  return {
    ruleSetId: ruleSet.id,
    conditions,
    score,
    metrics: METRICS.map((m) => ({ key: m.key, label: m.label, formula: m.formula, unit: m.unit, value: metrics[m.key] })),
    eligible: and(conditions.map((c) => c.status)),
  };
}
