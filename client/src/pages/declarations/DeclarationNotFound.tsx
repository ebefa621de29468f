import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { NoticePage } from '../../components/NoticePage';

/** No such declaration of the signed-in enterprise: a way back to 申报记录. */
export function DeclarationNotFound() {
  const { t } = useTranslation();
  return (
    <NoticePage
      title={t('declaration.notFound.title')}
      actions={
        <Button component={Link} to={paths.enterpriseDeclarations}>
          {t('declaration.records.title')}
        </Button>
      }
    >
      {t('declaration.notFound.body')}
    </NoticePage>
  );
}
