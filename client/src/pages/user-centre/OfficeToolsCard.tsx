import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';

/** 管理端 for an office account: its pages (also in the header's account menu). */
export function OfficeToolsCard() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="office-tools">
      <Title order={2} size="h3" mb="xs" id="office-tools">
        {t('nav.office')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('userCentre.officeTools')}
      </Text>
      <Group>
        <Button component={Link} to={paths.reviews}>
          {t('nav.reviews')}
        </Button>
        <Button component={Link} to={paths.publishAnnouncement} variant="light">
          {t('nav.publishAnnouncement')}
        </Button>
        <Button component={Link} to={paths.sendNotice} variant="light">
          {t('nav.sendNotice')}
        </Button>
      </Group>
    </Paper>
  );
}
