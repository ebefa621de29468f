import { Grid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionCascader } from '../region/RegionCascader';
import { useFieldLabel } from '../useFieldLabel';
import { FormSection } from './FormSection';
import type { ProfileDraftState } from './useProfileDraft';

/** 通讯地址, 邮编 and 企业注册地 (the cascader). */
export function AddressSection({ state, retiredCode }: { state: ProfileDraftState; retiredCode?: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { form, draft } = state;
  return (
    <FormSection title={t('profileEdit.sections.address')}>
      <RegionCascader legend={label('regionCode')} path={draft.regionPath} onChange={state.setRegionPath} error={form.errors.regionCode} retiredCode={retiredCode} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 9 }}>
          <TextInput label={label('mailingAddress')} description={t('profileEdit.addressHint')} withAsterisk autoComplete="street-address" {...form.field('mailingAddress')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 3 }}>
          <TextInput label={label('postcode')} description={t('profileEdit.postcodeHint')} withAsterisk inputMode="numeric" autoComplete="postal-code" maxLength={10} {...form.field('postcode')} />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}
