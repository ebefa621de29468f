import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import { useIndustrySearchQuery } from '../../../__generated__/graphql';
import { IndustryChoice } from './IndustryChoice';
import classes from './IndustryTree.module.css';

interface IndustrySearchResultsProps {
  query: string;
  selectedCode: string;
  onSelect: (industry: IndustryNode_IndustryFragment) => void;
}

const RESULTS = 30;

/** The 小类 matching what was typed in the picker's search box, best first. */
export function IndustrySearchResults({ query, selectedCode, onSelect }: IndustrySearchResultsProps) {
  const { t } = useTranslation();
  const { data, error, previousData } = useIndustrySearchQuery({ variables: { query, first: RESULTS } });
  const results = (data ?? previousData)?.searchIndustries;
  if (error) {
    return (
      <Text size="sm" c="red.9" role="alert">
        {t('industry.loadError')}
      </Text>
    );
  }
  if (!results) return <Loader size="xs" aria-label={t('industry.searching')} />;
  if (results.length === 0) {
    return (
      <Text size="sm" role="status">
        {t('industry.noResults')}
      </Text>
    );
  }
  return (
    <ul className={classes.root}>
      {results.map((industry) => (
        <li key={industry.code}>
          <IndustryChoice industry={industry} selected={industry.code === selectedCode} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
