import { Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { NATIONAL_REGION_CODE } from '@zjtx/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoticeRegionsQuery, useReviewQueueWindowsQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { TIERS, tierKey } from '../declarations/declarationFormat';
import type { OfficeAccount } from '../office/OfficePageFrame';
import type { QueueFilters } from './queueParams';
import { EMPTY_FILTERS } from './queueParams';
import { SIZE_CLASSES } from './reviewFormat';

interface ReviewQueueFiltersProps {
  office: OfficeAccount;
  filters: QueueFilters;
  onApply: (filters: QueueFilters) => void;
}

/** The province a region lies in (330106 → 330000); none for the ministry. */
const provinceOf = (regionCode: string | null) => (regionCode && regionCode !== NATIONAL_REGION_CODE ? `${regionCode.slice(0, 2)}0000` : null);

/**
 * 筛选: type, batch, region inside the jurisdiction, industry, size, score range, waiting time,
 * overdue only, and name or USCC. Edited here, applied with 查询 (or Enter), so the list does not
 * jump while typing.
 */
export function ReviewQueueFilters({ office, filters, onApply }: ReviewQueueFiltersProps) {
  const { t } = useTranslation();
  // Starts from the address's filters (the page remounts this form when they change).
  const [draft, setDraft] = useState(filters);
  const officeRegion = office.regionCode && office.regionCode !== NATIONAL_REGION_CODE ? office.regionCode : null;
  const { data: windows } = useReviewQueueWindowsQuery({ variables: { provinceCode: provinceOf(office.regionCode) } });
  const { data: regions } = useNoticeRegionsQuery({ variables: { parentCode: officeRegion } });
  const set = <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: 'industry' | 'q') => ({ value: draft[key], onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value) });
  const number = (key: 'scoreMin' | 'scoreMax' | 'waitingMin') => ({
    value: draft[key],
    onChange: (value: number | string) => set(key, String(value)),
    hideControls: true,
  });
  const select = (key: 'tier' | 'window' | 'region' | 'size') => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLSelectElement>) => set(key, event.currentTarget.value),
    rightSectionProps: { 'aria-hidden': true },
  });
  const any = <option value="">{t('review.filters.any')}</option>;
  return (
    <form
      role="search"
      aria-label={t('review.filters.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput label={t('review.filters.search')} placeholder={t('review.filters.searchHint')} {...text('q')} />
        <NativeSelect label={t('review.filters.tier')} {...select('tier')}>
          {any}
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(tierKey(tier))}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect label={t('review.filters.window')} {...select('window')}>
          {any}
          {(windows?.declarationWindows.nodes ?? []).map((window) => (
            <option key={window.id} value={window.id} lang={CONTENT_LANGUAGE}>
              {window.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect label={t('review.filters.region')} {...select('region')} disabled={(regions?.regions.length ?? 0) === 0}>
          {any}
          {(regions?.regions ?? []).map((region) => (
            <option key={region.code} value={region.code} lang={CONTENT_LANGUAGE}>
              {region.name}
            </option>
          ))}
        </NativeSelect>
        <TextInput label={t('review.filters.industry')} placeholder={t('review.filters.industryHint')} maxLength={5} {...text('industry')} />
        <NativeSelect label={t('review.filters.size')} {...select('size')}>
          {any}
          {SIZE_CLASSES.map((size) => (
            <option key={size} value={size}>
              {t(`sizeClass.${size}`)}
            </option>
          ))}
        </NativeSelect>
        <Group gap="xs" grow wrap="nowrap" align="flex-start">
          <NumberInput label={t('review.filters.scoreMin')} min={0} max={100} {...number('scoreMin')} />
          <NumberInput label={t('review.filters.scoreMax')} min={0} max={100} {...number('scoreMax')} />
        </Group>
        <NumberInput label={t('review.filters.waitingMin')} min={0} allowDecimal={false} {...number('waitingMin')} />
      </SimpleGrid>
      <Group mt="sm" justify="space-between">
        <Checkbox label={t('review.filters.overdue')} checked={draft.overdue} onChange={(event) => set('overdue', event.currentTarget.checked)} />
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              onApply(EMPTY_FILTERS);
            }}
          >
            {t('review.filters.reset')}
          </Button>
          <Button type="submit">{t('review.filters.apply')}</Button>
        </Group>
      </Group>
    </form>
  );
}
