import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { useMissingFieldLabels } from '../enterprise/useMissingFieldLabels';

/** 申报前请先完善企业基本信息（还缺：…）, with the way to 企业信息 → 编辑. */
export function ProfileCompletenessPrompt({ missingFields }: { missingFields: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const labels = useMissingFieldLabels(missingFields);
  const fields = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(labels);
  const title = labels.length > 0 ? t('home.profilePrompt.missing', { fields }) : t('home.profilePrompt.incomplete');
  return (
    <Alert color="orange" variant="light" role="status" title={title} mb="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('home.profilePrompt.body')}</Text>
        <Button component={Link} to={paths.enterpriseEdit} size="sm">
          {t('home.profilePrompt.action')}
        </Button>
      </Stack>
    </Alert>
  );
}
