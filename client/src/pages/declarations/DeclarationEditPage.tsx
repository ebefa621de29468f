import { Button, Container, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDeclarationEditPageQuery } from '../../__generated__/graphql';
import { NoticePage } from '../../components/NoticePage';
import { DeclarationNotFound } from './DeclarationNotFound';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { useSession } from '../../session/useSession';
import { formTitleKey, isEditable } from './declarationFormat';
import { DeclarationForm } from './DeclarationForm';
import { useStatusChanges } from './useStatusChanges';

/** /declarations/:id/edit — a draft or returned declaration's form; anything else leads to its detail page. */
export function DeclarationEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  // The form starts from what the server has saved, never from an older cached copy.
  const { data, error, refetch } = useDeclarationEditPageQuery({ variables: { id }, fetchPolicy: 'network-only' });
  const declaration = data?.declaration;
  // Opened while under review (不能修改): a return by the office brings the form at once. Changes
  // while the form is open are the page's own (submitting leads to the detail page anyway).
  useStatusChanges((change) => {
    if (change.id === id && declaration && !isEditable(declaration.status) && change.status !== declaration.status) void refetch();
  });
  usePageTitle(declaration ? t(formTitleKey(declaration.tier)) : t('nav.declarations'));
  if (data && !declaration) return <DeclarationNotFound />;
  if (declaration && !isEditable(declaration.status)) {
    return (
      <NoticePage
        title={t('declaration.notEditable.title')}
        actions={
          <Button component={Link} to={paths.declaration(declaration.id)}>
            {t('declaration.notEditable.action')}
          </Button>
        }
      >
        {t('declaration.notEditable.body')}
      </NoticePage>
    );
  }
  let body;
  if (declaration && account) body = <DeclarationForm key={declaration.id} declaration={declaration} accountId={account.id} />;
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
