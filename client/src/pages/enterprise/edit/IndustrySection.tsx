import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../../i18n';
import { IndustryField } from '../industry/IndustryField';
import { useFieldLabel } from '../useFieldLabel';
import { FormSection } from './FormSection';
import type { ProfileDraftState } from './useProfileDraft';

interface IndustrySectionProps {
  state: ProfileDraftState;
  /** What the server set from the saved 小类. */
  saved: { industryCode: string | null; nicheField: string | null; mainProduct: string | null };
}

/** 所属行业 (the picker), and 具体细分领域名称 and 主导产品, which follow from it. */
export function IndustrySection({ state, saved }: IndustrySectionProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const industry = state.draft.industry;
  // Until saved, a newly chosen class is shown by name; the server sets both fields from it.
  const pending = industry !== null && industry.code !== saved.industryCode;
  const derived = (value: string | null) => (pending || !value ? (industry?.name ?? '') : value);
  const description = pending && industry ? t('profileEdit.derivedPending', { name: industry.name }) : t('profileEdit.derivedHint');
  return (
    <FormSection title={t('profileEdit.sections.industry')}>
      <IndustryField label={label('industryCode')} value={industry} onChange={state.setIndustry} error={state.form.errors.industryCode} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={label('nicheField')} value={derived(saved.nicheField)} readOnly variant="filled" lang={CONTENT_LANGUAGE} description={description} />
        <TextInput label={label('mainProduct')} value={derived(saved.mainProduct)} readOnly variant="filled" lang={CONTENT_LANGUAGE} description={description} />
      </SimpleGrid>
    </FormSection>
  );
}
