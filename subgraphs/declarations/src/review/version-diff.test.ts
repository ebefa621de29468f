import { formOf } from '../form/form';
import { RULE_VERSIONS } from '../rules/rulesets';
import { versionDiff } from './version-diff';

const form = formOf(RULE_VERSIONS.RULESET_2022_63.SRDI, 2026);
const file = (fileId: string, item: string, fileName: string) => ({ id: fileId, item, fileId, fileName, contentType: 'application/pdf', size: 1, sha256: '', scanStatus: 'CLEAN' });

it('lists changed fields in the form\'s order as the form shows them, and evidence added and removed per item', () => {
  const before = {
    data: { financials: { 2025: { operatingRevenue: 3000, rdExpense: 90 } }, rdInstitution: 'CITY', quality: { ownBrand: true } },
    evidence: [file('f1', 'FINANCIAL_STATEMENTS', '2025年审计报告.pdf'), file('f2', 'IP_CERTIFICATES', '专利证书.pdf')],
  };
  const after = {
    data: { financials: { 2025: { operatingRevenue: 3000, rdExpense: 120 } }, rdInstitution: 'PROVINCIAL', quality: { ownBrand: true }, employees: 80 },
    evidence: [file('f3', 'FINANCIAL_STATEMENTS', '2025年审计报告（修订）.pdf'), file('f2', 'IP_CERTIFICATES', '专利证书.pdf')],
  };
  expect(versionDiff(form, before, after)).toEqual([
    { path: 'financials.2025.rdExpense', section: '财务数据', label: '2025 年研发费用', before: '90 万元', after: '120 万元' },
    { path: 'employees', section: '人员情况', label: '上年末从业人员数', before: null, after: '80' },
    { path: 'rdInstitution', section: '研发与创新', label: '研发机构级别', before: '市级', after: '省级' },
    { path: 'evidence.FINANCIAL_STATEMENTS', section: '佐证材料', label: '财务审计报告或财务报表', before: '2025年审计报告.pdf', after: '2025年审计报告（修订）.pdf' },
  ]);
  expect(versionDiff(form, before, before)).toEqual([]);
});
