import PDFDocument from 'pdfkit';
import { tierName } from '@zjtx/domain';
import { valueAt } from '../form/form';
import type { FormFieldSpec } from '../form/form-fields';
import { BOLD_FONT, REGULAR_FONT } from './fonts';
import type { DeclarationPdfModel } from './pdf-model';

const FORM_TITLES: Record<string, string> = {
  INNOVATIVE: '创新型中小企业自评表',
  SRDI: '专精特新中小企业申报表',
  LITTLE_GIANT: '专精特新“小巨人”企业申请书',
};
const STATUS_TEXT: Record<string, string> = { MET: '满足', NOT_MET: '不满足', UNKNOWN: '待填写' };
const LEVELS = ['', '一级', '二级', '三级', '四级'];

/** A field's value as the form shows it: 是/否, the choice's words, the number with its unit. */
export function displayValue(field: FormFieldSpec, value: unknown): string {
  if (value === null || value === undefined || value === '') return '未填写';
  switch (field.kind) {
    case 'FLAG':
      return value === true ? '是' : '否';
    case 'CHOICE':
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'AMOUNT':
    case 'SIGNED_AMOUNT':
      return `${String(value)} 万元`;
    case 'PERCENT':
      return `${String(value)}%`;
    default:
      return String(value);
  }
}

/**
 * The filled-in form as a PDF: a cover, the sections with every field as entered, the computed
 * values with their formulas, the conditions as judged, the evidence list, and the
 * declaration page for signature and seal. Text is drawn in Noto Sans SC, embedded.
 */
export function renderDeclarationPdf(model: DeclarationPdfModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 64, right: 64 }, info: { Title: `${model.enterprise.name} ${FORM_TITLES[model.tier]}`, Author: model.enterprise.name, Subject: model.windowName ?? '' } });
  doc.registerFont('regular', REGULAR_FONT);
  doc.registerFont('bold', BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 128;

  // Cover
  doc.font('bold').fontSize(24).text(FORM_TITLES[model.tier] ?? tierName(model.tier), { align: 'center' }).moveDown(3);
  doc.font('regular').fontSize(13);
  const cover: [string, string][] = [
    ['企业名称', model.enterprise.name],
    ['统一社会信用代码', model.enterprise.uscc],
    ['申报批次', model.windowName ?? '—'],
    ['适用标准', `${model.ruleSet.name}（${model.ruleSet.source}）`],
    ['版本', model.submittedVersion ? `第 ${model.submittedVersion} 版（已提交）` : `暂存稿（第 ${model.version} 次保存）`],
    ['生成日期', model.generatedOn],
  ];
  for (const [label, value] of cover) doc.text(`${label}：${value}`, { width }).moveDown(0.6);

  // The form
  doc.addPage();
  for (const section of model.form) {
    heading(doc, section.title);
    for (const field of section.fields) row(doc, field.label, displayValue(field, valueAt(model.data, field.path)), width);
    doc.moveDown(0.8);
  }
  heading(doc, '数字化水平');
  row(doc, '数字化水平等级（最近一次完成的评测）', model.digitalLevel ? LEVELS[model.digitalLevel] ?? String(model.digitalLevel) : '未评测', width);
  doc.moveDown(0.8);

  heading(doc, '系统计算值');
  for (const value of model.computed) row(doc, value.label, value.value === null ? '—（缺少数据）' : `${value.value}${value.unit && value.unit !== '' ? ` ${value.unit}` : ''}`, width, `计算方法：${value.formula}`);
  doc.moveDown(0.8);

  heading(doc, '申报条件');
  for (const condition of model.conditions) row(doc, condition.text, STATUS_TEXT[condition.status] ?? condition.status, width);
  if (model.score) row(doc, '评价得分', `${model.score.total} 分（${model.score.passScore} 分及以上为满足）`, width);
  doc.moveDown(0.8);

  heading(doc, '佐证材料');
  if (model.evidence.length === 0) doc.font('regular').fontSize(10.5).text('（无）');
  for (const file of model.evidence) row(doc, file.label, file.fileName, width);

  // Declaration page, for signature and seal
  doc.addPage();
  doc.font('bold').fontSize(16).text('真实性声明及合规经营承诺', { align: 'center' }).moveDown(1.5);
  doc.font('regular').fontSize(12).text(
    `本企业郑重声明：本次申报${tierName(model.tier)}所填报的信息及提交的佐证材料均真实、准确、完整，不存在弄虚作假、隐瞒情况；本企业近三年未发生重大安全（含网络安全、数据安全）、质量、环境污染等事故，无偷漏税等违法违规行为，未被列入经营异常名录和严重失信主体名单。如有不实，本企业愿承担相应的法律责任。`,
    { width, lineGap: 6 },
  );
  doc.moveDown(4);
  for (const line of ['法定代表人（签字）：', '企业（盖章）：', '日期：        年    月    日']) doc.text(line, { align: 'right' }).moveDown(2);
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, title: string): void {
  doc.font('bold').fontSize(13).text(title).moveDown(0.4);
}

function row(doc: PDFKit.PDFDocument, label: string, value: string, width: number, note?: string): void {
  doc.font('regular').fontSize(10.5).fillColor('#333').text(`${label}：`, { width, continued: true }).fillColor('#000').font('bold').text(value);
  if (note) doc.font('regular').fontSize(9).fillColor('#666').text(note, { width }).fillColor('#000');
  doc.moveDown(0.25);
}
