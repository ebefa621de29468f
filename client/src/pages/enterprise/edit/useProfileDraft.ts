import { useState } from 'react';
import type { EnterpriseProfile_EnterpriseFragment, IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import type { Form } from '../../../accounts/useForm';
import { useForm } from '../../../accounts/useForm';
import type { RegionChoice } from '../region/regionPath';
import { leafCode } from '../region/regionPath';
import type { ProfileDraft } from './profileDraft';
import { draftOf } from './profileDraft';
import type { ProfileField } from './profileFields';

export interface ProfileDraftState {
  form: Form<ProfileField>;
  draft: ProfileDraft;
  setRegionPath: (path: RegionChoice[]) => void;
  setIndustry: (industry: IndustryNode_IndustryFragment | null) => void;
  /** Starts over from another draft (the latest saved version). */
  replace: (draft: ProfileDraft) => void;
  /** Puts one field of another draft (what was typed before) back into the form. */
  restore: (field: ProfileField, from: ProfileDraft) => void;
}

/** The edit form's state: useForm's string values, kept in step with the region and industry pickers. */
export function useProfileDraft(enterprise: EnterpriseProfile_EnterpriseFragment): ProfileDraftState {
  const [initial] = useState(() => draftOf(enterprise));
  const form = useForm(initial.values);
  const [regionPath, setRegionPathState] = useState(initial.regionPath);
  const [industry, setIndustryState] = useState(initial.industry);

  const setRegionPath = (path: RegionChoice[]) => {
    setRegionPathState(path);
    form.setValue('regionCode', leafCode(path));
  };
  const setIndustry = (chosen: IndustryNode_IndustryFragment | null) => {
    setIndustryState(chosen);
    form.setValue('industryCode', chosen?.code ?? '');
  };

  return {
    form,
    draft: { values: form.values, regionPath, industry },
    setRegionPath,
    setIndustry,
    replace: (next) => {
      form.replaceValues(next.values);
      setRegionPathState(next.regionPath);
      setIndustryState(next.industry);
    },
    restore: (field, from) => {
      if (field === 'regionCode') setRegionPath(from.regionPath);
      else if (field === 'industryCode') setIndustry(from.industry);
      else form.setValue(field, from.values[field]);
    },
  };
}
