import type { Check } from '../../../accounts/validation';
import { phone, required, text } from '../../../accounts/validation';

// The profile subgraph's rules (docs/contracts/profile-api.md), checked before sending so each
// mistake is named at once; the server checks again and its userErrors win.

const POSTCODE = /^\d{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A landline or fax: 7–30 digits, spaces and + - ( ), e.g. 0571-88886666 (the server's rule). */
const LANDLINE = /^[0-9+\-() ]{7,30}$/;
const DECIMAL = /^\d+(\.\d+)?$/;
/** 万元: the server refuses more (far above any SME). */
const MAX_AMOUNT = 1e11;
/** Persons: GraphQL's Int, and far above any SME. */
const MAX_COUNT = 1e9;
const INTEGER = /^\d+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const postcode: Check = (value) => required(value) ?? (POSTCODE.test(value.trim()) ? null : 'postcode');

export const email =
  (max: number): Check =>
  (value) =>
    text(max)(value) ?? (EMAIL.test(value.trim()) ? null : 'email');

/** 11-digit mainland mobile, required (the same rule as the account pages). */
export const mobile: Check = phone;

/** Optional landline or fax. */
export const landline: Check = (value) => {
  const trimmed = value.trim();
  return trimmed === '' || LANDLINE.test(trimmed) ? null : 'landline';
};

/** A required amount (万元): a number, not negative. */
export const amount: Check = (value) => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (DECIMAL.test(trimmed)) return Number(trimmed) > MAX_AMOUNT ? 'tooLarge' : null;
  return /^-\s*\d/.test(trimmed) ? 'nonNegative' : 'number';
};

/** A required head count: a whole number, not negative. */
export const count: Check = (value) => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (INTEGER.test(trimmed)) return Number(trimmed) > MAX_COUNT ? 'tooLarge' : null;
  if (/^-\s*\d/.test(trimmed)) return 'nonNegative';
  return DECIMAL.test(trimmed) ? 'integer' : 'number';
};

/** Today as YYYY-MM-DD in the browser's calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date (YYYY-MM-DD), not after today. */
export const pastDate: Check = (value) => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  const match = ISO_DATE.exec(trimmed);
  if (!match) return 'date';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'date';
  return trimmed > today() ? 'futureDate' : null;
};

export const regionChosen: Check = (value) => (value === '' ? 'regionIncomplete' : null);
export const industryChosen: Check = (value) => (value === '' ? 'industryRequired' : null);
