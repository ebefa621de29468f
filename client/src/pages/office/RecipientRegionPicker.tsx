import { NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNoticeRegionsQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';

interface RegionSelectProps {
  label: string;
  /** The first option, meaning "none chosen". */
  emptyLabel: string;
  parentCode: string | null;
  value: string;
  onChange: (code: string, isLeaf: boolean) => void;
  error?: string;
}

function RegionSelect({ label, emptyLabel, parentCode, value, onChange, error }: RegionSelectProps) {
  const { t } = useTranslation();
  const { data, loading } = useNoticeRegionsQuery({ variables: { parentCode } });
  const regions = data?.regions ?? [];
  return (
    <NativeSelect
      label={label}
      value={value}
      error={error}
      disabled={loading}
      rightSectionProps={{ 'aria-hidden': true }}
      onChange={(event) => {
        const code = event.currentTarget.value;
        onChange(code, regions.find((region) => region.code === code)?.isLeaf ?? true);
      }}
    >
      <option value="">{loading ? t('notice.regionsLoading') : emptyLabel}</option>
      {regions.map((region) => (
        <option key={region.code} value={region.code} lang={CONTENT_LANGUAGE}>
          {region.name}
        </option>
      ))}
    </NativeSelect>
  );
}

interface RecipientRegionPickerProps {
  /** The office's own region; null for the ministry (its sub-regions are the provinces). */
  officeRegion: string | null;
  /** [child, grandchild] codes, '' where not chosen. */
  value: readonly [string, string];
  onChange: (value: [string, string]) => void;
  /** The child chosen has children of its own (a second select is offered). */
  childHasChildren: boolean;
  onChildHasChildren: (has: boolean) => void;
  error?: string;
}

/** A region inside the jurisdiction, one or two levels down (a city, then optionally one of its counties). */
export function RecipientRegionPicker({ officeRegion, value, onChange, childHasChildren, onChildHasChildren, error }: RecipientRegionPickerProps) {
  const { t } = useTranslation();
  const [child, grandchild] = value;
  return (
    <Stack gap="sm">
      <RegionSelect
        label={t('notice.subRegion')}
        emptyLabel={t('notice.chooseRegion')}
        parentCode={officeRegion}
        value={child}
        error={error}
        onChange={(code, isLeaf) => {
          onChildHasChildren(!!code && !isLeaf);
          onChange([code, '']);
        }}
      />
      {child && childHasChildren && (
        <RegionSelect label={t('notice.subSubRegion')} emptyLabel={t('notice.wholeRegion')} parentCode={child} value={grandchild} onChange={(code) => onChange([child, code])} />
      )}
    </Stack>
  );
}
