/** The same day `years` later; 29 February becomes 28 February in a year without it. */
export function plusYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0); // rolled into March: last day of February
  return target.toISOString().slice(0, 10);
}
