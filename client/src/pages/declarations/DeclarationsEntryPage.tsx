import { Alert, Anchor, Button, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDeclarationsEntryEnterpriseQuery, useDeclarationsEntryPublicQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { CONTENT_LANGUAGE } from '../../i18n';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths, signInPath } from '../../paths';
import { useSession } from '../../session/useSession';
import { ProfileCompletenessPrompt } from '../home/ProfileCompletenessPrompt';
import { useMissingProfileFields } from '../home/useMissingProfileFields';
import { regionFullName, TIERS } from './declarationFormat';
import { TierWindows } from './TierWindows';
import { useStartDeclaration } from './useStartDeclaration';

/**
 * 企业申报 (/declarations): per tier, the windows open now and when the next opens. A legal
 * person sees its registered region's windows with 申报; everyone else sees where windows are
 * open and is asked to sign in with a legal-person account.
 */
export function DeclarationsEntryPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.declarations'));
  const { status, account } = useSession();
  const location = useLocation();
  const [params] = useSearchParams();
  const chosenTier = params.get('tier');
  const legalPerson = account?.accountType === 'LEGAL_PERSON';
  // Windows open and close, and declarations are started elsewhere: always asked again.
  const publicWindows = useDeclarationsEntryPublicQuery({ skip: status === 'restoring' || legalPerson, fetchPolicy: 'cache-and-network' });
  const own = useDeclarationsEntryEnterpriseQuery({ skip: !legalPerson, fetchPolicy: 'cache-and-network' });
  const missingFields = useMissingProfileFields();
  const enterprise = own.data?.viewer?.enterprise ?? null;
  const starter = useStartDeclaration(enterprise?.id ?? '');

  const windows = legalPerson ? (enterprise?.declarationWindows ?? null) : (publicWindows.data?.declarationWindows.nodes ?? null);
  const error = legalPerson ? own.error : publicWindows.error;

  // The tier chosen on the home page comes into view once the windows are shown.
  const ready = windows !== null;
  useEffect(() => {
    if (ready && chosenTier) document.getElementById(`tier-${chosenTier}-heading`)?.scrollIntoView({ block: 'start' });
  }, [ready, chosenTier]);

  let body;
  if (windows) {
    const declarations = (enterprise?.declarations ?? []).map((d) => ({ id: d.id, status: d.status, windowId: d.window?.id ?? null }));
    body = (
      <Stack gap="lg">
        {TIERS.map((tier) => (
          <TierWindows
            key={tier}
            tier={tier}
            windows={windows}
            highlighted={chosenTier === tier}
            enterprise={
              enterprise
                ? { regionName: regionFullName(enterprise.registeredRegion), declarations, onStart: (id) => void starter.start(id), starting: starter.starting, problem: starter.problem }
                : null
            }
          />
        ))}
      </Stack>
    );
  } else if (error) {
    body = <QueryError message={t('declaration.entry.loadError')} onRetry={() => void (legalPerson ? own.refetch() : publicWindows.refetch())} />;
  } else if (legalPerson && own.data && !enterprise) {
    body = <Text>{t('enterprise.missingBody')}</Text>;
  } else {
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('declaration.entry.loading')} />
      </Stack>
    );
  }

  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={1}>{t('nav.declarations')}</Title>
        {legalPerson && (
          <Anchor component={Link} to={paths.enterpriseDeclarations}>
            {t('declaration.records.title')}
          </Anchor>
        )}
      </Group>
      <Text c="dimmed" mb="lg">
        {t('declaration.entry.lead')}
      </Text>
      {status === 'signedOut' && (
        <Alert color="blue" variant="light" title={t('declaration.entry.signInTitle')} mb="lg">
          <Text size="sm" mb="sm">
            {t('declaration.entry.signInBody')}
          </Text>
          <Group>
            <Button component={Link} to={signInPath(location.pathname + location.search)} size="sm">
              {t('signIn.action')}
            </Button>
            <Button component={Link} to={paths.register} variant="default" size="sm">
              {t('nav.register')}
            </Button>
          </Group>
        </Alert>
      )}
      {account && !legalPerson && (
        <Alert color="orange" variant="light" mb="lg">
          {t('declaration.entry.legalPersonOnly')}
        </Alert>
      )}
      {missingFields && <ProfileCompletenessPrompt missingFields={missingFields} />}
      {enterprise && (
        <Text size="sm" mb="md">
          {t('declaration.entry.forEnterprise')}
          <Text span fw={600} lang={CONTENT_LANGUAGE}>
            {enterprise.name}
          </Text>
          {enterprise.registeredRegion ? t('declaration.entry.registeredIn', { region: regionFullName(enterprise.registeredRegion) }) : ''}
        </Text>
      )}
      {body}
    </Container>
  );
}
