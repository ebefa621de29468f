import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecognitionList } from '../../components/RecognitionList';
import { CONTENT_LANGUAGE } from '../../i18n';
import type { LookupResult } from './LookupForm';

interface LookupResultViewProps {
  result: LookupResult;
  onAgain: () => void;
}

/** Step 2 of 企业认定查询: the tiers held and their validity, 未认定, or no such enterprise. */
export function LookupResultView({ result, onAgain }: LookupResultViewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('lookupPage.resultTitle')}
      </Title>
      {result === null ? (
        <Alert color="orange" variant="light" title={t('lookupPage.noMatchTitle')} role="status">
          {t('lookupPage.noMatchBody')}
        </Alert>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Text fw={700} size="lg" lang={CONTENT_LANGUAGE}>
            {result.enterpriseName}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {t('lookupPage.usccLine', { uscc: result.uscc })}
          </Text>
          {result.recognised ? (
            <>
              <Text mb="xs">{t('lookupPage.recognisedBody')}</Text>
              <RecognitionList recognitions={result.recognitions} />
            </>
          ) : (
            <>
              <Text fw={700} size="xl" c="gray.8">
                {t('lookupPage.notRecognised')}
              </Text>
              <Text size="sm">{t('lookupPage.notRecognisedBody')}</Text>
            </>
          )}
        </Paper>
      )}
      <div>
        <Button variant="default" onClick={onAgain}>
          {t('lookupPage.again')}
        </Button>
      </div>
    </Stack>
  );
}
