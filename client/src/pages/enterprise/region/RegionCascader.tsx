import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionChoice } from './regionPath';
import { RegionColumn } from './RegionColumn';
import classes from './RegionCascader.module.css';

interface RegionCascaderProps {
  legend: string;
  path: readonly RegionChoice[];
  onChange: (path: RegionChoice[]) => void;
  error?: string;
  /** A saved code that is no longer in GB/T 2260, to be chosen again. */
  retiredCode?: string;
}

/** 企业注册地: province → city → county, each column loaded from the one before, down to a leaf. */
export function RegionCascader({ legend, path, onChange, error, retiredCode }: RegionCascaderProps) {
  const { t } = useTranslation();
  // A column for the provinces, then one under each chosen region that has children.
  const parents = [null, ...path.filter((choice) => !choice.isLeaf).map((choice) => choice.code)].slice(0, 3);
  // The problem is shown on the first column still to choose (or the last one).
  const errorColumn = Math.min(path.length, parents.length - 1);
  return (
    <Fieldset legend={legend} variant="unstyled" classNames={{ legend: classes.legend }}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('region.hint')}
      </Text>
      {retiredCode && (
        <Text size="sm" fw={500} mb="xs">
          {t('region.retired', { code: retiredCode })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {parents.map((parentCode, index) => (
          <RegionColumn
            key={parentCode ?? 'provinces'}
            index={index}
            parentCode={parentCode}
            value={path[index]?.code ?? ''}
            required
            error={index === errorColumn ? error : undefined}
            onChange={(choice) => onChange([...path.slice(0, index), ...(choice ? [choice] : [])])}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
