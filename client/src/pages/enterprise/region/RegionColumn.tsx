import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegionOptionsQuery } from '../../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n';
import type { RegionChoice } from './regionPath';
import { columnLevel } from './regionPath';

interface RegionColumnProps {
  index: number;
  /** The region whose children this column offers; null for the provinces. */
  parentCode: string | null;
  value: string;
  onChange: (choice: RegionChoice | null) => void;
  error?: string;
  required: boolean;
}

/** One column of the 注册地 cascader, loaded when its parent is chosen. */
export function RegionColumn({ index, parentCode, value, onChange, error, required }: RegionColumnProps) {
  const { t } = useTranslation();
  const { data, error: loadError, loading } = useRegionOptionsQuery({ variables: { parentCode } });
  const options = data?.regions ?? [];
  const level = columnLevel(index, options[0]?.level);
  const placeholder = loading ? t('region.loading') : t('region.placeholder');
  return (
    <NativeSelect
      label={t(`region.level.${level}`)}
      withAsterisk={required}
      value={value}
      disabled={loading && options.length === 0}
      error={loadError ? t('region.loadError') : error}
      onChange={(event) => {
        const chosen = options.find((option) => option.code === event.currentTarget.value);
        onChange(chosen ? { code: chosen.code, name: chosen.name, isLeaf: chosen.isLeaf } : null);
      }}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code} lang={CONTENT_LANGUAGE}>
          {option.name}
        </option>
      ))}
    </NativeSelect>
  );
}
