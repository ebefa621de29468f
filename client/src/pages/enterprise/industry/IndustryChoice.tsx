import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { IndustryText } from './IndustryText';

interface IndustryChoiceProps {
  industry: IndustryNode_IndustryFragment;
  selected: boolean;
  onSelect: (industry: IndustryNode_IndustryFragment) => void;
}

/** A 小类 that can be chosen: its code, name and levels above, and 选择. */
export function IndustryChoice({ industry, selected, onSelect }: IndustryChoiceProps) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={4}>
      <IndustryText industry={industry} />
      <Group gap="xs" wrap="nowrap">
        {selected && (
          <Badge variant="light" radius="sm">
            {t('industry.selected')}
          </Badge>
        )}
        <Button size="xs" variant={selected ? 'filled' : 'light'} aria-label={t('industry.selectLabel', { code: industry.code, name: industry.name })} onClick={() => onSelect(industry)}>
          {t('industry.select')}
        </Button>
      </Group>
    </Group>
  );
}
