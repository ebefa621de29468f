import type { EnterpriseProfile_EnterpriseFragment, IndustryNode_IndustryFragment } from '../../../__generated__/graphql';
import type { RegionChoice } from '../region/regionPath';
import { regionNames } from '../region/regionPath';
import type { ProfileField, ProfileValues } from './profileFields';
import { valuesOf } from './profileFields';

/** Everything the form holds: the typed values, and the objects behind the two pickers. */
export interface ProfileDraft {
  values: ProfileValues;
  regionPath: RegionChoice[];
  industry: IndustryNode_IndustryFragment | null;
}

/** The draft a saved profile starts the form with. */
export function draftOf(enterprise: EnterpriseProfile_EnterpriseFragment): ProfileDraft {
  return {
    values: valuesOf(enterprise),
    regionPath: enterprise.registeredRegion?.isLeaf ? enterprise.registeredRegion.path.map(({ code, name, isLeaf }) => ({ code, name, isLeaf })) : [],
    industry: enterprise.industry?.isLeaf ? enterprise.industry : null,
  };
}

/** A field of a draft as a person reads it: the pickers by name, the rest as typed. */
export function displayValue(draft: ProfileDraft, field: ProfileField): string {
  if (field === 'regionCode') return regionNames(draft.regionPath);
  if (field === 'industryCode') return draft.industry ? `${draft.industry.code} ${draft.industry.name}` : '';
  return draft.values[field].trim();
}
