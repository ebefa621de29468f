import { Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { useIndustryChildrenQuery } from '../../../__generated__/graphql';
import { IndustryTreeNode } from './IndustryTreeNode';
import classes from './IndustryTree.module.css';

export interface IndustryChildrenProps {
  /** The industry expanded; null for the 20 门类. */
  parentCode: string | null;
  selectedCode: string;
  onSelect: (industry: IndustryNode_IndustryFragment) => void;
}

/** One level of the industry tree, loaded when its parent is expanded with "+". */
export function IndustryChildren({ parentCode, selectedCode, onSelect }: IndustryChildrenProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useIndustryChildrenQuery({ variables: { parentCode } });
  if (error) {
    return (
      <Group gap="sm" py={4}>
        <Text size="sm" c="red.9">
          {t('industry.loadError')}
        </Text>
        <Button size="xs" variant="default" onClick={() => void refetch()}>
          {t('industry.retry')}
        </Button>
      </Group>
    );
  }
  if (!data) return <Loader size="xs" my={4} aria-label={t('industry.loading')} />;
  return (
    <ul className={classes.level}>
      {data.industries.map((industry) => (
        <IndustryTreeNode key={industry.code} industry={industry} selectedCode={selectedCode} onSelect={onSelect} />
      ))}
    </ul>
  );
}
