import { Container, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHomePageQuery } from '../../__generated__/graphql';
import { usePageTitle } from '../../layout/usePageTitle';
import { useSession } from '../../session/useSession';
import { AnnouncementsPanel } from './AnnouncementsPanel';
import { LatestMessagesPanel } from './LatestMessagesPanel';
import { ServiceCards } from './ServiceCards';
import { TierSteps } from './TierSteps';
import { TierDeclarationCards } from './TierDeclarationCards';
import classes from './HomePage.module.css';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle();
  const { account } = useSession();
  const { data, error, refetch } = useHomePageQuery();
  const retry = () => void refetch();
  return (
    <>
      <div className={classes.hero}>
        <Container size="xl" className={classes.heroInner}>
          <div>
            <Title order={1} className={classes.heroTitle}>
              {t('home.heroTitle')}
            </Title>
            <Text size="lg" className={classes.heroLead}>
              {t('home.heroLead')}
            </Text>
          </div>
          <TierSteps className={classes.heroSteps} />
        </Container>
      </div>
      <Container size="xl" className={classes.content}>
        {/* 企业申报首页 (manual): a signed-in enterprise sees its latest messages first. */}
        {account?.accountType === 'LEGAL_PERSON' && <LatestMessagesPanel />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <AnnouncementsPanel
            level="MINISTRY"
            title={t('home.ministryAnnouncements')}
            announcements={data?.ministry.nodes}
            error={error}
            onRetry={retry}
          />
          <AnnouncementsPanel
            level="PROVINCE"
            title={t('home.provincialAnnouncements')}
            announcements={data?.province.nodes}
            error={error}
            onRetry={retry}
          />
        </SimpleGrid>
        <TierDeclarationCards />
        <ServiceCards />
      </Container>
    </>
  );
}
