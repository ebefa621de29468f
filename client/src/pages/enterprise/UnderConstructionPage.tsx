import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';

interface UnderConstructionPageProps {
  /** The menu item, a key under `enterprise.subnav`. */
  item: 'declarations' | 'changes' | 'expiry';
}

/** A menu item of 企业信息管理 that is not built yet: says so and leads back to 企业信息. */
export function UnderConstructionPage({ item }: UnderConstructionPageProps) {
  const { t } = useTranslation();
  const area = t(`enterprise.subnav.${item}`);
  usePageTitle(area);
  return (
    <Paper withBorder radius="md" p="xl">
      <Title order={1} size="h2" mb="md">
        {t('enterprise.building.title', { area })}
      </Title>
      <Text mb="lg">{t('enterprise.building.body')}</Text>
      <Button component={Link} to={paths.enterprise}>
        {t('enterprise.building.action')}
      </Button>
    </Paper>
  );
}
