import type { Indicator, ProvincialIndicator, RuleSet, Test } from '../rules/rule-set';
import type { MetricKey } from '../rules/metrics';
import { DOCUMENTED_INDICATORS } from '../development';
import { FINANCIAL_FIGURES, FORM_SECTIONS, METRIC_FINANCIAL_INPUTS, METRIC_INPUTS, type FormFieldSpec } from './form-fields';

export interface FormSection {
  key: string;
  title: string;
  fields: FormFieldSpec[];
}

/** What a rule set reads: input paths directly, and metrics (whose inputs follow from METRIC_INPUTS). */
function readsOf(ruleSet: RuleSet): { paths: Set<string>; metrics: Set<MetricKey> } {
  const paths = new Set<string>();
  const metrics = new Set<MetricKey>();
  const visitTest = (test: Test): void => {
    if ('metric' in test) metrics.add(test.metric);
    else if ('flag' in test) paths.add(test.flag);
    else if ('choiceIn' in test) paths.add(test.choiceIn.path);
    else if ('all' in test) test.all.forEach(visitTest);
    else if ('any' in test) test.any.forEach(visitTest);
  };
  const visitIndicator = (indicator: Indicator): void => {
    switch (indicator.kind) {
      case 'atLeast':
      case 'atMost':
      case 'perYears':
        metrics.add(indicator.metric);
        break;
      case 'choice':
        paths.add(indicator.path);
        break;
      case 'firstHeld':
        indicator.tiers.forEach(([path]) => paths.add(path));
        break;
      case 'countFlags':
        indicator.paths.forEach((path) => paths.add(path));
        break;
      case 'higherOf':
        indicator.of.forEach(visitIndicator);
        break;
      case 'provincial':
        break;
    }
  };
  ruleSet.conditions.forEach((condition) => visitTest(condition.test));
  ruleSet.scoring?.directPass.forEach((condition) => visitTest(condition.test));
  ruleSet.scoring?.indicators.forEach(visitIndicator);
  // Where the rules gate on the 专精特新发展评价得分, the form also asks what its scorer reads.
  if (metrics.has('developmentScore')) {
    for (const indicator of DOCUMENTED_INDICATORS) {
      if (!indicator.computable) continue;
      indicator.reads.metrics?.forEach((metric) => metrics.add(metric));
      indicator.reads.paths?.forEach((path) => paths.add(path));
    }
  }
  for (const metric of [...metrics]) METRIC_INPUTS[metric]?.forEach((path) => paths.add(path));
  return { paths, metrics };
}

/** The computed fields (metrics) a rule set reads, with those of the development scorer where it gates on it. */
export const metricsRead = (ruleSet: RuleSet): ReadonlySet<MetricKey> => readsOf(ruleSet).metrics;

/**
 * The form of a tier under one rule version, for a declaration year: the statements' figures of
 * the years its metrics read (last year first), then the sections of the official forms with the
 * fields the rule set reads, then the province's 特色化 indicators. The portal renders it and
 * the PDF prints it, so both show the same fields in the same order.
 */
export function formOf(ruleSet: RuleSet, year: number, provincial: readonly ProvincialIndicator[] = []): FormSection[] {
  const { paths, metrics } = readsOf(ruleSet);
  const financial = new Map<number, Set<string>>();
  for (const metric of metrics) {
    for (const [figure, back] of METRIC_FINANCIAL_INPUTS[metric] ?? []) {
      if (!financial.has(back)) financial.set(back, new Set());
      financial.get(back)!.add(figure);
    }
  }
  const sections: FormSection[] = [];
  const backs = [...financial.keys()].sort((a, b) => a - b);
  if (backs.length > 0) {
    // Every year the metrics need gets the same figures: a statement is filled in as a whole.
    const figures = FINANCIAL_FIGURES.filter(({ figure }) => backs.some((back) => financial.get(back)!.has(figure)));
    sections.push({
      key: 'financials',
      title: '财务数据',
      fields: backs.flatMap((back) => figures.map(({ figure, label, kind }) => ({ path: `financials.${year - back}.${figure}`, label: `${year - back} 年${label}`, kind }))),
    });
  }
  for (const section of FORM_SECTIONS) {
    const fields = section.fields.filter((field) => paths.has(field.path) || section.always?.includes(field.path));
    if (fields.length > 0) sections.push({ key: section.key, title: section.title, fields });
  }
  if (ruleSet.scoring?.indicators.some((indicator) => indicator.kind === 'provincial') && provincial.length > 0) {
    sections.push({ key: 'provincial', title: '地方特色指标', fields: provincial.map((indicator) => ({ path: `provincial.${indicator.key}`, label: indicator.name, kind: 'NUMBER' })) });
  }
  return sections;
}

/** The value at a field's dot path in a declaration's data (`financials.2025.rdExpense`), or undefined. */
export const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
