/**
 * How people write the same thing differently: phone numbers with spaces, dashes or +86, and
 * enterprise names with full-width or half-width brackets. Server and portal compare alike.
 */

/** A phone number as typed, without spaces, dashes and the +86 prefix. */
export const stripPhoneFormatting = (input: string): string => input.replace(/[\s-]/g, '').replace(/^\+?86/, '');

/** A mainland China mobile number (11 digits, 1[3-9]…), or null when the input is not one. */
export function normaliseMobile(input: string): string | null {
  const digits = stripPhoneFormatting(input);
  return /^1[3-9][0-9]{9}$/.test(digits) ? digits : null;
}

/** Whether two enterprise (or person) names are the same but for spaces and bracket width: 有限公司（杭州） = 有限公司(杭州). */
export function sameName(a: string, b: string): boolean {
  const canonical = (name: string) => name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  return canonical(a) === canonical(b);
}
