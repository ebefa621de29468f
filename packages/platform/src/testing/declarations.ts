/**
 * A 专精特新 form under the 2026 measures (RULES.md §1.4.b) every condition of which the
 * enterprise states is met, as the API takes it, for a declaration year whose last year is `last`:
 * 营业收入 5000 万元, 主营业务 92 %, 资产负债率 45 %, 研发费用 300 and 210 万元 (6 % and 5 %),
 * in its niche since 2019-06, 3 Ⅰ类知识产权 applied. Evidence then required: the financial
 * statements and the IP certificates.
 */
export const srdiDeclarationData = (last: number) => ({
  financials: {
    [last]: { operatingRevenue: 5000, mainBusinessRevenue: 4600, totalAssets: 8000, totalLiabilities: 3600, rdExpense: 300 },
    [last - 1]: { operatingRevenue: 4200, mainBusinessRevenue: 3900, totalAssets: 7000, totalLiabilities: 3300, rdExpense: 210 },
  },
  employees: 120,
  rdStaff: 30,
  nicheMarketSince: '2019-06',
  ip: { class1Applied: 3 },
  marketPositionStated: true,
});
