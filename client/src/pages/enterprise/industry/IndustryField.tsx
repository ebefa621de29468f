import { Button, Group, Input, Paper, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { IndustryPickerModal } from './IndustryPickerModal';
import { IndustryText } from './IndustryText';

interface IndustryFieldProps {
  label: string;
  value: IndustryNode_IndustryFragment | null;
  onChange: (industry: IndustryNode_IndustryFragment) => void;
  error?: string;
}

/** 所属行业: the chosen 小类 and a button that opens the picker; never typed by hand. */
export function IndustryField({ label, value, onChange, error }: IndustryFieldProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={hintId}>
      <Input.Label id={labelId} required component="span">
        {label}
      </Input.Label>
      <Input.Description id={hintId} mb={6}>
        {t('industry.hint')}
      </Input.Description>
      <Paper withBorder p="sm" radius="sm" style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          {value ? <IndustryText industry={value} /> : <Text c="dimmed">{t('industry.none')}</Text>}
          <Button variant="light" onClick={() => setOpened(true)} aria-describedby={error ? errorId : undefined} data-invalid={error ? 'true' : undefined}>
            {t(value ? 'industry.change' : 'industry.choose')}
          </Button>
        </Group>
      </Paper>
      {error && (
        <Input.Error id={errorId} mt={6}>
          {error}
        </Input.Error>
      )}
      <IndustryPickerModal opened={opened} onClose={() => setOpened(false)} current={value} onSelect={onChange} />
    </div>
  );
}
