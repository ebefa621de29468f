import { Badge, Group, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationFormSections_EligibilityFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import classes from './DeclarationForm.module.css';

export type FormFieldSpec = DeclarationFormSections_EligibilityFragment['form'][number]['fields'][number];

interface FieldInputProps {
  field: FormFieldSpec;
  value: unknown;
  error: string | null;
  /** The office pinned it when returning the declaration: said in the input's description. */
  pinned?: boolean;
  onChange: (value: unknown) => void;
}

const flagValue = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : null);

/**
 * One input of a declaration form, by kind: numbers with the unit in the label as the official
 * forms write it (营业收入（万元）; amounts not negative except net profit, whole counts, shares
 * 0–100), 是/否 for a flag, the options of a choice, a YYYY-MM month. Labels come from the
 * server, in Chinese.
 */
export function FieldInput({ field, value, error, pinned = false, onChange }: FieldInputProps) {
  const { t } = useTranslation();
  const label = (
    <span lang={CONTENT_LANGUAGE}>
      {field.label}
      {field.unit && `（${field.unit}）`}
    </span>
  );
  const hint = field.hint ? <span lang={CONTENT_LANGUAGE}>{field.hint}</span> : null;
  // In the description, so a screen reader says it with the input (aria-describedby), not only a colour.
  const description: ReactNode =
    pinned || hint ? (
      <>
        {pinned && <PinnedNote />}
        {hint}
      </>
    ) : undefined;
  switch (field.kind) {
    case 'FLAG':
      return (
        <Radio.Group label={label} description={description} error={error} value={flagValue(value)} onChange={(choice) => onChange(choice === 'yes')}>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={t('declaration.form.yes')} />
            <Radio value="no" label={t('declaration.form.no')} />
          </Group>
        </Radio.Group>
      );
    case 'CHOICE':
      return (
        <Radio.Group label={label} description={description} error={error} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {field.options.map((option) => (
              <Radio key={option.value} value={option.value} label={<span lang={CONTENT_LANGUAGE}>{option.label}</span>} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'MONTH':
      return (
        <TextInput
          label={label}
          description={description}
          error={error}
          placeholder="YYYY-MM"
          maxLength={7}
          inputMode="numeric"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default: {
      const count = field.kind === 'COUNT';
      return (
        <NumberInput
          label={label}
          description={description}
          error={error}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={onChange}
          hideControls
          allowNegative={field.kind === 'SIGNED_AMOUNT' || field.kind === 'NUMBER'}
          allowDecimal={!count}
          decimalScale={count ? 0 : 4}
          min={field.kind === 'SIGNED_AMOUNT' || field.kind === 'NUMBER' ? undefined : 0}
          max={field.kind === 'PERCENT' ? 100 : undefined}
          clampBehavior="strict"
        />
      );
    }
  }
}

/** 「需修改」 and why, beside a field or evidence item the office pinned. */
export function PinnedNote({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <span className={classes.pinnedNote} id={id}>
      <Badge component="span" color="orange.9" variant="outline" size="xs" radius="sm" mr={6}>
        {t('declaration.returned.pinnedBadge')}
      </Badge>
      {t('declaration.returned.pinnedHint')}
      {' '}
    </span>
  );
}
