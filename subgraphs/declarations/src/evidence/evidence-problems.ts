import { userError, type UserError } from '@zjtx/subgraph-kit';
import type { DeclarationData } from '../rules/declaration-data';
import { isUsable, ScanStatus, type EvidenceEntity } from './evidence.entity';
import { EVIDENCE_ITEMS } from './evidence-items';

/**
 * What keeps a declaration's evidence from being submitted: a required item without a usable
 * file, a file still being scanned, a file found infected. Each names the item (`evidence.<key>`).
 */
export function evidenceProblems(data: DeclarationData, evidence: readonly EvidenceEntity[]): UserError[] {
  const problems: UserError[] = [];
  for (const item of EVIDENCE_ITEMS) {
    const files = evidence.filter((e) => e.item === item.key);
    for (const file of files) {
      if (file.scanStatus === ScanStatus.INFECTED) {
        problems.push(userError('EVIDENCE_INFECTED', { zh: `“${file.fileName}”未通过病毒扫描，请删除后上传干净的文件。`, en: `"${file.fileName}" failed the virus scan; remove it and upload a clean file.` }, ['evidence', item.key]));
      } else if (file.scanStatus === ScanStatus.PENDING) {
        problems.push(userError('EVIDENCE_PENDING', { zh: `“${file.fileName}”正在进行病毒扫描，请稍候再提交。`, en: `"${file.fileName}" is still being scanned; submit in a moment.` }, ['evidence', item.key]));
      }
    }
    if (item.requiredWhen(data) && !files.some((file) => isUsable(file.scanStatus))) {
      problems.push(userError('INCOMPLETE', { zh: `请上传佐证材料：${item.label}`, en: `Upload the evidence: ${item.key}` }, ['evidence', item.key]));
    }
  }
  return problems;
}
