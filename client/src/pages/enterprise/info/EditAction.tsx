import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../paths';

interface EditActionProps {
  editable: boolean;
  /** Why not, in the caller's language (recognised enterprises use the annual information update). */
  lockReason: string | null;
}

/** 【编辑】 for an enterprise without recognition; otherwise why it cannot be edited here. */
export function EditAction({ editable, lockReason }: EditActionProps) {
  const { t } = useTranslation();
  if (editable) {
    return (
      <Button component={Link} to={paths.enterpriseEdit} aria-label={t('profile.editLabel')} size="md" miw={120}>
        {t('profile.edit')}
      </Button>
    );
  }
  return (
    <Alert color="blue" variant="light" title={t('profile.lockedTitle')}>
      {lockReason}
    </Alert>
  );
}
