import { Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths, signInPath } from '../../paths';
import { SectionHeading } from './SectionHeading';
import classes from './HomeCards.module.css';

// The three tiers, lowest first (DOMAIN.md terms).
const TIERS = ['INNOVATIVE', 'SRDI', 'LITTLE_GIANT'] as const;

export function TierDeclarationCards() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="declare-heading">
      <SectionHeading id="declare-heading" title={t('home.declareTitle')} />
      <Text c="dimmed" mb="md">
        {t('home.declareLead')}
      </Text>
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
            {/* Nobody can be signed in yet, so 申报 always leads to sign-in (DOMAIN.md §1); with
                sessions, signed-in users will see the provinces whose window is open instead. */}
            <Button
              component={Link}
              to={signInPath(`${paths.declarations}?tier=${tier}`)}
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
