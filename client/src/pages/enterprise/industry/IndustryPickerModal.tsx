import { Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { IndustryChildren } from './IndustryChildren';
import { IndustrySearchResults } from './IndustrySearchResults';
import { IndustryText } from './IndustryText';

interface IndustryPickerModalProps {
  opened: boolean;
  onClose: () => void;
  current: IndustryNode_IndustryFragment | null;
  onSelect: (industry: IndustryNode_IndustryFragment) => void;
}

/** 选择所属行业: a search box over the 小类, and the GB/T 4754 tree that "+" expands level by level. */
export function IndustryPickerModal({ opened, onClose, current, onSelect }: IndustryPickerModalProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const treeTitleId = useId();
  const selectedCode = current?.code ?? '';
  const choose = (industry: IndustryNode_IndustryFragment) => {
    onSelect(industry);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('industry.modalTitle')} size="xl" closeButtonProps={{ 'aria-label': t('industry.close') }}>
      <Stack gap="md">
        {current && (
          <Paper withBorder p="xs" radius="sm" bg="gray.0">
            <Text size="sm" c="dimmed" component="span" display="block">
              {t('industry.selected')}
            </Text>
            <IndustryText industry={current} />
          </Paper>
        )}
        <TextInput label={t('industry.searchLabel')} description={t('industry.searchHint')} type="search" value={search} onChange={(event) => setSearch(event.currentTarget.value)} data-autofocus />
        <Text size="sm">{t('industry.leafOnly')}</Text>
        {query !== '' ? (
          <section aria-label={t('industry.results')}>
            <IndustrySearchResults query={query} selectedCode={selectedCode} onSelect={choose} />
          </section>
        ) : (
          <section aria-labelledby={treeTitleId}>
            <Title order={3} size="h6" id={treeTitleId} mb="xs">
              {t('industry.tree')}
            </Title>
            <IndustryChildren parentCode={null} selectedCode={selectedCode} onSelect={choose} />
          </section>
        )}
      </Stack>
    </Modal>
  );
}
