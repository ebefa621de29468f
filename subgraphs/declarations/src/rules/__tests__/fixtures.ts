import type { DeclarationData, PlatformFacts, YearFinancials } from '../declaration-data';

/** Declaring in 2026: last year is 2025. */
export const FACTS: PlatformFacts = { year: 2026, digitalLevel: null, holdsInnovative: true, holdsSrdi: true, developmentScore: null, provinceCode: '330000', isSme: true };

/** Financials of 2025, 2024 and 2023 (last year, the year before, and the one before that). */
export const years = (last: YearFinancials, before: YearFinancials = {}, third: YearFinancials = {}): DeclarationData['financials'] => ({ '2025': last, '2024': before, '2023': third });

/** Two years of main-business growth at `percent` each: 100 → 100(1+g) → 100(1+g)². */
export const steadyMainGrowth = (percent: number): DeclarationData['financials'] => {
  const factor = 1 + percent / 100;
  return years({ mainBusinessRevenue: 100 * factor * factor }, { mainBusinessRevenue: 100 * factor }, { mainBusinessRevenue: 100 });
};
