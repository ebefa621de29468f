import { Alert, Button, Container, Group, Paper, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { normalisePhone, phone as phoneCheck } from '../../accounts/validation';
import { usePageTitle } from '../../layout/usePageTitle';
import { DevSmsMessages } from './DevSmsMessages';

/** 开发短信箱: where demo and development systems put the SMS they would send, readable by phone. */
export function DevSmsPage() {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const title = t('devSms.title');
  usePageTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  const phone = searchParams.get('phone') ?? '';
  const [input, setInput] = useState(phone);
  const [error, setError] = useState<string | undefined>();

  return (
    <Container size="sm" py="xl">
      <Title order={1} size="h2" mb="xs">
        {title}
      </Title>
      <Alert color="yellow" variant="light" mb="lg" role="note">
        {t('devSms.notice')}
      </Alert>
      <Paper withBorder radius="md" p="lg" mb="lg">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const problem = phoneCheck(input);
            setError(problem ? problemMessage(problem) : undefined);
            if (!problem) setSearchParams({ phone: normalisePhone(input) });
          }}
        >
          <Group align="flex-start">
            <TextInput
              label={t('devSms.phone')}
              type="tel"
              inputMode="numeric"
              maxLength={20}
              value={input}
              error={error}
              onChange={(event) => setInput(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit" mt={25}>
              {t('devSms.show')}
            </Button>
          </Group>
        </form>
      </Paper>
      {phone && <DevSmsMessages phone={phone} />}
    </Container>
  );
}
