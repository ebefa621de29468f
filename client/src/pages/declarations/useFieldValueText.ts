import { useTranslation } from 'react-i18next';
import { formatNumber } from './declarationFormat';
import type { FormFieldSpec } from './FieldInput';
import { sendableValue } from './formData';

/** A field's value as text, for read-only views: 1,500 万元, 是/否, the option's label, 未填写. */
export function useFieldValueText(): (field: FormFieldSpec, value: unknown) => string {
  const { t } = useTranslation();
  return (field, raw) => {
    const value = sendableValue(field.kind, raw);
    if (value === null) return t('declaration.form.empty');
    if (typeof value === 'boolean') return value ? t('declaration.form.yes') : t('declaration.form.no');
    if (typeof value === 'number') return `${formatNumber(value)}${field.unit ? ` ${field.unit}` : ''}`;
    if (field.kind === 'CHOICE') return field.options.find((option) => option.value === value)?.label ?? value;
    return value;
  };
}
