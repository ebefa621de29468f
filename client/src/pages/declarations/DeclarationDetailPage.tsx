import { Container, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useDeclarationDetailPageQuery } from '../../__generated__/graphql';
import { DeclarationNotFound } from './DeclarationNotFound';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { formTitleKey } from './declarationFormat';
import { DeclarationDetail } from './DeclarationDetail';
import { useStatusChanges } from './useStatusChanges';
import { isSubmittedState } from './useSubmitDeclaration';

/** /declarations/:id — the declaration read-only, following its status live. */
export function DeclarationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  // Said once per visit: "submitted" belongs to the moment of submitting.
  const [submittedVersion] = useState(() => {
    const state: unknown = location.state;
    return isSubmittedState(state) ? state.submittedVersion : null;
  });
  const { data, error, refetch } = useDeclarationDetailPageQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  // An office's decision arrives while the page is open: the timeline and status follow.
  useStatusChanges((change) => {
    if (change.id === id) void refetch();
  });
  const declaration = data?.declaration;
  usePageTitle(declaration ? t(formTitleKey(declaration.tier)) : t('nav.declarations'));
  if (data && !declaration) return <DeclarationNotFound />;
  let body;
  if (declaration) body = <DeclarationDetail declaration={declaration} submittedVersion={submittedVersion} />;
  else if (error) body = <QueryError message={t('declaration.loadError')} onRetry={() => void refetch()} />;
  else
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('declaration.loading')} />
      </Stack>
    );
  return (
    <Container size="xl" py="xl">
      {body}
    </Container>
  );
}
