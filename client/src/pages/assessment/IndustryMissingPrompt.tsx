import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';

/** No industry in 企业基本情况 yet: the questionnaire cannot be matched, so lead to 编辑 first. */
export function IndustryMissingPrompt() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="status" title={t('assessment.industryMissing.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('assessment.industryMissing.body')}</Text>
        <Button component={Link} to={paths.enterpriseEdit} size="sm">
          {t('assessment.industryMissing.action')}
        </Button>
      </Stack>
    </Alert>
  );
}
