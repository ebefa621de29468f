import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../accounts/useForm';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { uscc } from '../../accounts/validation';
import type { RegisterField } from './registerFields';

/** The legal person's enterprise: USCC (checked as it is typed out), name and legal representative. */
export function EnterpriseFields({ form }: { form: Form<RegisterField> }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  return (
    <>
      <TextInput
        label={t('register.uscc')}
        description={t('register.usccHint')}
        withAsterisk
        maxLength={18}
        autoComplete="off"
        {...form.field('uscc')}
        onChange={(event) => form.setValue('uscc', event.currentTarget.value.toUpperCase())}
        // Named as soon as the field is left: length, characters, or check digit.
        onBlur={() => form.check('uscc', uscc, problemMessage)}
      />
      <TextInput label={t('register.enterpriseName')} description={t('register.enterpriseNameHint')} withAsterisk autoComplete="organization" {...form.field('enterpriseName')} />
      <TextInput label={t('register.legalRepresentative')} withAsterisk autoComplete="off" {...form.field('legalRepresentative')} />
    </>
  );
}
