import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfile_EnterpriseFragment } from '../../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n';
import classes from './SizeClassExplanation.module.css';

type SizeClassification = NonNullable<EnterpriseProfile_EnterpriseFragment['sizeClassification']>;

/** 如何判定: the industry row, each indicator against its limits, and the conclusion. */
export function SizeClassExplanation({ classification }: { classification: SizeClassification }) {
  const { t, i18n } = useTranslation();
  const chinese = i18n.language.startsWith('zh');
  return (
    <details className={classes.details}>
      <summary className={classes.summary}>{t('sizeClass.how')}</summary>
      <div className={classes.body}>
        <Text size="sm" mb="xs">
          {t('sizeClass.rowLabel')}
          <span lang={CONTENT_LANGUAGE}>{classification.industryRow}</span>
        </Text>
        <Text size="sm" fw={500}>
          {t('sizeClass.findingsTitle')}
        </Text>
        <List size="sm" mb="xs">
          {classification.findings.map((finding) => (
            <List.Item key={finding.indicator}>
              {/* The server's sentence is Chinese: other languages get the indicator in their own words first. */}
              {!chinese && (
                <>
                  {t('sizeClass.finding', {
                    indicator: t(`sizeClass.indicator.${finding.indicator}`),
                    value: finding.value,
                    unit: t(`sizeClass.unit.${finding.indicator}`),
                  })}
                  {' — '}
                </>
              )}
              <span lang={CONTENT_LANGUAGE}>{finding.text}</span>
            </List.Item>
          ))}
        </List>
        <Text size="sm" fw={500}>
          {t('sizeClass.summaryLabel')}
          <span lang={CONTENT_LANGUAGE}>{classification.summary}</span>
        </Text>
        {classification.note && (
          <Text size="sm" mt="xs">
            {t('sizeClass.noteLabel')}
            <span lang={CONTENT_LANGUAGE}>{classification.note}</span>
          </Text>
        )}
      </div>
    </details>
  );
}
