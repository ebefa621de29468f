import type { DeclarationData } from '../rules/declaration-data';
import { declarationDataSchema } from '../rules/declaration-data.schema';
import { evaluate } from '../rules/evaluate';
import { RULE_VERSIONS } from '../rules/rulesets';
import { FACTS } from '../rules/__tests__/fixtures';
import { formOf } from './form';
import type { FormFieldSpec } from './form-fields';

const RULE_SETS = Object.entries(RULE_VERSIONS).flatMap(([version, tiers]) => Object.values(tiers).map((ruleSet) => [`${version} ${ruleSet.id}`, ruleSet] as const));

/** A value of the field's kind, the same for every field of that kind. */
function sample(field: FormFieldSpec): unknown {
  switch (field.kind) {
    case 'FLAG':
      return true;
    case 'CHOICE':
      return field.options![0]!.value;
    case 'MONTH':
      return '2018-03';
    case 'PERCENT':
      return 30;
    default:
      return 50;
  }
}

/** The data a form gives when every one of its fields is filled in. */
function filledIn(ruleSet: (typeof RULE_SETS)[number][1]): DeclarationData {
  const data: Record<string, unknown> = {};
  for (const field of formOf(ruleSet, FACTS.year).flatMap((section) => section.fields)) {
    const keys = field.path.split('.');
    let node = data;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = sample(field);
  }
  return data as DeclarationData;
}

describe.each(RULE_SETS)('the form of %s', (_name, ruleSet) => {
  it('names only inputs the declaration data accepts, each once', () => {
    const fields = formOf(ruleSet, FACTS.year).flatMap((section) => section.fields);
    expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
    expect(declarationDataSchema.safeParse(filledIn(ruleSet)).error?.issues ?? []).toEqual([]);
  });

  it('asks for every input its rules read: filled in, no condition or indicator is left unknown but the platform\'s own facts', () => {
    const evaluation = evaluate(ruleSet, filledIn(ruleSet), { ...FACTS, developmentScore: null });
    const platformOwned = new Set(['development', 'provincial', 'digital']);
    expect(evaluation.conditions.filter((c) => c.status === 'UNKNOWN' && !platformOwned.has(c.key)).map((c) => c.key)).toEqual([]);
    expect((evaluation.score?.indicators ?? []).filter((i) => i.points === null && !platformOwned.has(i.key)).map((i) => i.key)).toEqual([]);
  });
});

it('asks for the statements of the years the metrics read, last year first', () => {
  const srdi2022 = formOf(RULE_VERSIONS.RULESET_2022_63.SRDI, 2026);
  const financials = srdi2022.find((s) => s.key === 'financials')!.fields.map((f) => f.path);
  // 近 2 年主营业务收入平均增长率 reads three years of 主营业务收入.
  expect(financials.filter((p) => p.endsWith('.mainBusinessRevenue'))).toEqual(['financials.2025.mainBusinessRevenue', 'financials.2024.mainBusinessRevenue', 'financials.2023.mainBusinessRevenue']);
  expect(srdi2022.map((s) => s.key)).toEqual(['financials', 'staff', 'market', 'ip', 'innovation', 'quality', 'financing']);
});
