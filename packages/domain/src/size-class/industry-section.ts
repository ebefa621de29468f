/**
 * GB/T 4754-2017 门类 (sections A–T) and the 大类 (two-digit divisions) each one spans, RULES.md
 * §6.1. Divisions run 01–97 without gaps; a test walks the standard's tree to confirm the ranges.
 */
export const INDUSTRY_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T'] as const;
export type IndustrySection = (typeof INDUSTRY_SECTIONS)[number];

/** The last 大类 of each 门类, in order; each section starts after the previous one ends. */
const LAST_DIVISION: Readonly<Record<IndustrySection, number>> = {
  A: 5,
  B: 12,
  C: 43,
  D: 46,
  E: 50,
  F: 52,
  G: 60,
  H: 62,
  I: 65,
  J: 69,
  K: 70,
  L: 72,
  M: 75,
  N: 79,
  O: 82,
  P: 83,
  Q: 85,
  R: 90,
  S: 96,
  T: 97,
};

/** The 门类 of a two-digit 大类 code ("34" → "C"), or null when no section has it ("00", "98", "3"). */
export function industrySectionOf(division: string): IndustrySection | null {
  if (!/^\d{2}$/.test(division)) return null;
  const number = Number(division);
  if (number < 1) return null;
  return INDUSTRY_SECTIONS.find((section) => number <= LAST_DIVISION[section]) ?? null;
}
