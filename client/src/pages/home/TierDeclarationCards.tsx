import { Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { ProfileCompletenessPrompt } from './ProfileCompletenessPrompt';
import { SectionHeading } from './SectionHeading';
import { useMissingProfileFields } from './useMissingProfileFields';
import classes from './HomeCards.module.css';

// The three tiers, lowest first (DOMAIN.md terms).
const TIERS = ['INNOVATIVE', 'SRDI', 'LITTLE_GIANT'] as const;

export function TierDeclarationCards() {
  const { t } = useTranslation();
  const missingFields = useMissingProfileFields();
  return (
    <section aria-labelledby="declare-heading">
      <SectionHeading id="declare-heading" title={t('home.declareTitle')} />
      <Text c="dimmed" mb="md">
        {t('home.declareLead')}
      </Text>
      {missingFields && <ProfileCompletenessPrompt missingFields={missingFields} />}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {TIERS.map((tier, index) => (
          <Paper key={tier} withBorder radius="md" p="lg" className={classes.card} data-tier={tier}>
            <span className={classes.step} aria-hidden="true">
              {index + 1}
            </span>
            <Title order={3} className={classes.cardTitle}>
              {t(`tiers.${tier}.name`)}
            </Title>
            <Text size="sm" c="dimmed" className={classes.cardBody}>
              {t(`tiers.${tier}.description`)}
            </Text>
            {/* 企业申报 shows everyone where windows are open now (the FAQ's 去申报), and asks visitors to sign in there. */}
            <Button
              component={Link}
              to={`${paths.declarations}?tier=${tier}`}
              aria-label={t('home.declareLabel', { tier: t(`tiers.${tier}.name`) })}
              className={classes.cardAction}
            >
              {t('home.declare')}
            </Button>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
