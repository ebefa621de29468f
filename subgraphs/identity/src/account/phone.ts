/** Mainland China mobile numbers: 11 digits starting 1[3-9]. Spaces and dashes typed by users are dropped. */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9][0-9]{9}$/.test(digits) ? digits : null;
}

/** 138****8000: enough to recognise one's own number, not enough to learn someone else's. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
