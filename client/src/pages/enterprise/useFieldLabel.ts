import { useTranslation } from 'react-i18next';
import type zhCN from '../../i18n/zh-CN.json';

/** A field of 企业基本情况 that has a label (`profile.fields.*`). */
export type LabelledField = keyof (typeof zhCN)['profile']['fields'];

/** The label of a 企业基本情况 field, shared by the view, the form and the conflict table. */
export function useFieldLabel(): (field: LabelledField) => string {
  const { t } = useTranslation();
  return (field) => t(`profile.fields.${field}`);
}
