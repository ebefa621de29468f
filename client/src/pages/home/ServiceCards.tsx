import { Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLinkIcon } from '../../components/ExternalLinkIcon';
import { MAKER_CONTEST_URL, paths } from '../../paths';
import { AssessmentServiceCard } from './AssessmentServiceCard';
import { SectionHeading } from './SectionHeading';
import classes from './HomeCards.module.css';

export function ServiceCards() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="services-heading">
      <SectionHeading id="services-heading" title={t('home.servicesTitle')} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Paper withBorder radius="md" p="lg" className={classes.card}>
          <Title order={3} className={classes.cardTitle}>
            {t('home.lookup.title')}
          </Title>
          <Text size="sm" c="dimmed" className={classes.cardBody}>
            {t('home.lookup.description')}
          </Text>
          <Button component={Link} to={paths.lookup} variant="light" className={classes.cardAction}>
            {t('home.lookup.action')}
          </Button>
        </Paper>
        <AssessmentServiceCard />
        <Paper withBorder radius="md" p="lg" className={classes.card}>
          <Title order={3} className={classes.cardTitle}>
            {t('home.makerContest.title')}
          </Title>
          <Text size="sm" c="dimmed" className={classes.cardBody}>
            {t('home.makerContest.description')}
          </Text>
          <Button
            component="a"
            href={MAKER_CONTEST_URL}
            target="_blank"
            rel="noopener noreferrer"
            variant="light"
            rightSection={<ExternalLinkIcon />}
            aria-label={`${t('home.makerContest.action')}${t('a11y.opensInNewTab')}`}
            className={classes.cardAction}
          >
            {t('home.makerContest.action')}
          </Button>
        </Paper>
      </SimpleGrid>
    </section>
  );
}
