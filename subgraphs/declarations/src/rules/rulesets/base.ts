import type { Condition } from '../rule-set';

/** Every tier: an SME by 工信部联企业〔2011〕300号 (RULES.md §1.2; the other base conditions are pledged in the declaration). */
export const IS_SME: Condition = { key: 'sme', text: '属于中小企业（按《中小企业划型标准规定》划型）', test: { fact: 'isSme' } };
