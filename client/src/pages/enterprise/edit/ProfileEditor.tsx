import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { EnterpriseProfile_EnterpriseFragment } from '../../../__generated__/graphql';
import { AccountForm } from '../../../accounts/AccountForm';
import { FormAlert } from '../../../accounts/FormAlert';
import { useProblemMessage } from '../../../accounts/useProblemMessage';
import { paths } from '../../../paths';
import type { SavedState } from '../info/EnterpriseInfoPage';
import { AddressSection } from './AddressSection';
import { ConflictAlert } from './ConflictAlert';
import { FiguresSection } from './FiguresSection';
import { IdentitySection } from './IdentitySection';
import { IndustrySection } from './IndustrySection';
import { PeopleSection } from './PeopleSection';
import type { ProfileDraft } from './profileDraft';
import { draftOf } from './profileDraft';
import { inputOf, PROFILE_CHECKS } from './profileFields';
import { TypedValuesPanel } from './TypedValuesPanel';
import { useLatestProfile } from './useLatestProfile';
import { useProfileDraft } from './useProfileDraft';
import { useSaveProfile } from './useSaveProfile';

/**
 * The edit form. It saves against the version it was loaded with; when someone saved since, it
 * keeps what was typed, loads the latest on request and lists the typed values beside it.
 */
export function ProfileEditor({ enterprise }: { enterprise: EnterpriseProfile_EnterpriseFragment }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const navigate = useNavigate();
  // The saved version the form stands on: replaced only when the person loads the latest.
  const [base, setBase] = useState(enterprise);
  const state = useProfileDraft(enterprise);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [typed, setTyped] = useState<ProfileDraft | null>(null);
  const { save, saving } = useSaveProfile();
  const latest = useLatestProfile();

  const submit = async () => {
    setFormErrors([]);
    setConflict(false);
    if (!state.form.validate(PROFILE_CHECKS, problemMessage)) return;
    const outcome = await save(inputOf(base.id, base.version, state.draft.values));
    if (outcome.kind === 'saved') {
      const saved: SavedState = { saved: true };
      await navigate(paths.enterprise, { state: saved });
    } else if (outcome.kind === 'conflict') {
      setConflict(true);
    } else if (outcome.kind === 'refused') {
      state.form.setErrors(outcome.fieldErrors);
      setFormErrors(outcome.formErrors);
    } else {
      setFormErrors([t('form.networkError')]);
    }
  };

  const loadLatest = async () => {
    const mine = state.draft;
    const fresh = await latest.load();
    if (!fresh) return;
    setBase(fresh);
    state.replace(draftOf(fresh));
    setTyped(mine);
    setConflict(false);
  };

  return (
    <AccountForm onSubmit={submit}>
      <Stack gap="lg">
        {conflict && <ConflictAlert onLoadLatest={() => void loadLatest()} loading={latest.loading} loadFailed={latest.failed} />}
        {typed && <TypedValuesPanel mine={typed} latest={draftOf(base)} current={state.draft} onRestore={(field) => state.restore(field, typed)} onDismiss={() => setTyped(null)} />}
        <FormAlert messages={formErrors} />
        <IdentitySection name={base.name} uscc={base.uscc} />
        <AddressSection state={state} retiredCode={base.registeredRegion ? undefined : base.regionCode} />
        <PeopleSection form={state.form} />
        <IndustrySection state={state} saved={base} />
        <FiguresSection form={state.form} />
        <Group justify="center" gap="md">
          <Button type="submit" size="md" miw={140} loading={saving}>
            {t('profileEdit.save')}
          </Button>
          <Button component={Link} to={paths.enterprise} variant="default" size="md">
            {t('profileEdit.cancel')}
          </Button>
        </Group>
      </Stack>
    </AccountForm>
  );
}
