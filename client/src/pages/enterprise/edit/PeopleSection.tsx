import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../accounts/useForm';
import { useFieldLabel } from '../useFieldLabel';
import { FormSection } from './FormSection';
import type { ProfileField } from './profileFields';

/** 法人代表 and 联系人, each with phone and mobile; email and fax. */
export function PeopleSection({ form }: { form: Form<ProfileField> }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const mobile = { withAsterisk: true, type: 'tel', inputMode: 'numeric', description: t('profileEdit.mobileHint'), maxLength: 20 } as const;
  const landline = { type: 'tel', description: t('profileEdit.landlineHint'), maxLength: 30 } as const;
  return (
    <FormSection title={t('profileEdit.sections.people')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label={label('legalRepresentative')} description={t('profileEdit.legalRepresentativeHint')} withAsterisk {...form.field('legalRepresentative')} />
        <TextInput label={label('legalRepresentativePhone')} {...landline} {...form.field('legalRepresentativePhone')} />
        <TextInput label={label('legalRepresentativeMobile')} {...mobile} {...form.field('legalRepresentativeMobile')} />
        <TextInput label={label('contactName')} description={t('profileEdit.contactNameHint')} withAsterisk autoComplete="name" {...form.field('contactName')} />
        <TextInput label={label('contactPhone')} {...landline} {...form.field('contactPhone')} />
        <TextInput label={label('contactMobile')} {...mobile} {...form.field('contactMobile')} />
        <TextInput label={label('email')} description={t('profileEdit.emailHint')} withAsterisk type="email" autoComplete="email" {...form.field('email')} />
        <TextInput label={label('fax')} {...landline} {...form.field('fax')} />
      </SimpleGrid>
    </FormSection>
  );
}
