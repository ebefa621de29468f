import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../../layout/usePageTitle';
import { EnterpriseProfileLoader } from '../EnterpriseProfileLoader';
import { ProfileView } from './ProfileView';

/** Navigation state the edit form leaves behind after a successful save. */
export interface SavedState {
  saved: true;
}

const isSavedState = (state: unknown): state is SavedState =>
  typeof state === 'object' && state !== null && (state as Partial<SavedState>).saved === true;

/** 企业信息管理 → 企业信息 (/enterprise): the read-only view. */
export function EnterpriseInfoPage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const location = useLocation();
  const navigate = useNavigate();
  // react-router types history state as `any`; it is checked before use.
  const state: unknown = location.state;
  // "Saved" is said once: kept here, and dropped from the history entry so a reload does not repeat it.
  const [saved] = useState(() => isSavedState(state));
  useEffect(() => {
    if (isSavedState(state)) void navigate(location.pathname, { replace: true, state: null });
  }, [state, location.pathname, navigate]);
  return <EnterpriseProfileLoader>{(enterprise) => <ProfileView enterprise={enterprise} saved={saved} />}</EnterpriseProfileLoader>;
}
