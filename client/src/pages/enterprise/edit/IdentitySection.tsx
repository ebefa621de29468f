import { Anchor, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTENT_LANGUAGE } from '../../../i18n';
import { paths } from '../../../paths';
import { useFieldLabel } from '../useFieldLabel';
import { FormSection } from './FormSection';

/** 企业名称 (from 实名认证) and 统一社会信用代码: shown, not edited here. */
export function IdentitySection({ name, uscc }: { name: string; uscc: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <FormSection title={t('profileEdit.sections.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={label('name')}
          value={name}
          readOnly
          variant="filled"
          lang={CONTENT_LANGUAGE}
          description={
            <>
              {t('profileEdit.nameHint')}{' '}
              <Anchor component={Link} to={paths.userCentre} size="xs" underline="always">
                {t('profileEdit.nameLink')}
              </Anchor>
            </>
          }
        />
        <TextInput label={label('uscc')} value={uscc} readOnly variant="filled" description={t('profileEdit.usccHint')} />
      </SimpleGrid>
    </FormSection>
  );
}
