import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../accounts/useForm';
import { useFieldLabel } from '../useFieldLabel';
import { FormSection } from './FormSection';
import type { ProfileField } from './profileFields';
import { today } from './profileChecks';

/** 注册时间, 注册资本, and last year's 从业人员, 营业收入 and 资产总额 (the size class follows from them). */
export function FiguresSection({ form }: { form: Form<ProfileField> }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const amount = { withAsterisk: true, inputMode: 'decimal', autoComplete: 'off', description: t('profileEdit.amountHint') } as const;
  return (
    <FormSection title={t('profileEdit.sections.figures')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <TextInput label={label('registeredOn')} description={t('profileEdit.registeredOnHint')} withAsterisk type="date" max={today()} {...form.field('registeredOn')} />
        <TextInput label={label('registeredCapital')} {...amount} description={t('profileEdit.capitalHint')} {...form.field('registeredCapital')} />
        <TextInput label={label('employees')} description={t('profileEdit.employeesHint')} withAsterisk inputMode="numeric" autoComplete="off" {...form.field('employees')} />
        <TextInput label={label('revenueLastYear')} {...amount} {...form.field('revenueLastYear')} />
        <TextInput label={label('totalAssetsLastYear')} {...amount} {...form.field('totalAssetsLastYear')} />
      </SimpleGrid>
    </FormSection>
  );
}
