import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncementProvincesQuery } from '../../__generated__/graphql';
import type { AnnouncementSearch } from './announcementSearch';
import { rangeReversed } from './announcementSearch';

interface AnnouncementSearchFormProps {
  search: AnnouncementSearch;
  onSearch: (search: AnnouncementSearch) => void;
}

/** 关键词, 省份 and 发布日期 (the level is the tab); 查询 applies them, 重置 clears them. */
export function AnnouncementSearchForm({ search, onSearch }: AnnouncementSearchFormProps) {
  const { t } = useTranslation();
  // The page remounts the form when the search in the URL changes (a tab, the back button).
  const [draft, setDraft] = useState(search);
  const { data: provinces } = useAnnouncementProvincesQuery();
  const ministryOnly = search.level === 'MINISTRY';
  const reversed = rangeReversed(draft);
  const set = (change: Partial<AnnouncementSearch>) => setDraft((current) => ({ ...current, ...change }));

  return (
    <form
      role="search"
      aria-label={t('announcements.search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!reversed) onSearch({ ...draft, keyword: draft.keyword.trim() });
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <TextInput label={t('announcements.search.keyword')} placeholder={t('announcements.search.keywordHint')} value={draft.keyword} onChange={(event) => set({ keyword: event.currentTarget.value })} />
        <NativeSelect
          label={t('announcements.search.province')}
          description={ministryOnly ? t('announcements.search.provinceMinistry') : undefined}
          disabled={ministryOnly}
          value={ministryOnly ? '' : draft.provinceCode}
          onChange={(event) => set({ provinceCode: event.currentTarget.value })}
          rightSectionProps={{ 'aria-hidden': true }}
        >
          <option value="">{t('announcements.search.allProvinces')}</option>
          {provinces?.regions.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </NativeSelect>
        <TextInput type="date" label={t('announcements.search.from')} value={draft.from} max={draft.to || undefined} onChange={(event) => set({ from: event.currentTarget.value })} />
        <TextInput
          type="date"
          label={t('announcements.search.to')}
          value={draft.to}
          min={draft.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
          error={reversed ? t('announcements.search.reversed') : undefined}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">{t('announcements.search.submit')}</Button>
        <Button variant="default" onClick={() => onSearch({ level: search.level, keyword: '', provinceCode: '', from: '', to: '' })}>
          {t('announcements.search.reset')}
        </Button>
      </Group>
    </form>
  );
}
