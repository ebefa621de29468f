/**
 * 统一社会信用代码 (USCC, GB 32100-2015): 18 characters, the last a check character over
 * the first 17. See RULES.md §5.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = 'LENGTH' | 'FORMAT' | 'CHECK_DIGIT';

export type UsccCheck = { valid: true; uscc: string } | { valid: false; problem: UsccProblem };

/** The check character the first 17 characters call for. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i]!;
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Validates a USCC, normalising case and surrounding spaces; says which rule failed. */
export function checkUscc(input: string): UsccCheck {
  const uscc = input.trim().toUpperCase();
  if (uscc.length !== 18) return { valid: false, problem: 'LENGTH' };
  if (!FORMAT.test(uscc)) return { valid: false, problem: 'FORMAT' };
  if (usccCheckCharacter(uscc.slice(0, 17)) !== uscc.charAt(17)) return { valid: false, problem: 'CHECK_DIGIT' };
  return { valid: true, uscc };
}

/** Region code (GB/T 2260) of the registering authority: positions 3–8. */
export const usccRegionCode = (uscc: string): string => uscc.slice(2, 8);
