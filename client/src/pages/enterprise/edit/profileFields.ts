import type { EnterpriseProfile_EnterpriseFragment, UpdateEnterpriseProfileInput } from '../../../__generated__/graphql';
import type { Check } from '../../../accounts/validation';
import { normalisePhone, text } from '../../../accounts/validation';
import { amount, count, email, industryChosen, landline, mobile, pastDate, postcode, regionChosen } from './profileChecks';

/** The fields of UpdateEnterpriseProfileInput that the form edits, in the order of the form. */
export const PROFILE_FIELDS = [
  'mailingAddress',
  'postcode',
  'regionCode',
  'legalRepresentative',
  'legalRepresentativePhone',
  'legalRepresentativeMobile',
  'contactName',
  'contactPhone',
  'contactMobile',
  'email',
  'fax',
  'industryCode',
  'registeredOn',
  'registeredCapital',
  'employees',
  'revenueLastYear',
  'totalAssetsLastYear',
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, string>;

// Length limits of the free-text fields (the server answers TOO_LONG beyond them).
const ADDRESS_MAX = 200;
const NAME_MAX = 50;
const EMAIL_MAX = 100;

export const PROFILE_CHECKS: Record<ProfileField, Check> = {
  mailingAddress: text(ADDRESS_MAX),
  postcode,
  regionCode: regionChosen,
  legalRepresentative: text(NAME_MAX),
  legalRepresentativePhone: landline,
  legalRepresentativeMobile: mobile,
  contactName: text(NAME_MAX),
  contactPhone: landline,
  contactMobile: mobile,
  email: email(EMAIL_MAX),
  fax: landline,
  industryCode: industryChosen,
  registeredOn: pastDate,
  registeredCapital: amount,
  employees: count,
  revenueLastYear: amount,
  totalAssetsLastYear: amount,
};

const show = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The form's starting values: what is saved now (empty where nothing is). */
export function valuesOf(enterprise: EnterpriseProfile_EnterpriseFragment): ProfileValues {
  return {
    mailingAddress: show(enterprise.mailingAddress),
    postcode: show(enterprise.postcode),
    // Only a code still in GB/T 2260 can be kept: a retired one must be chosen again.
    regionCode: enterprise.registeredRegion?.isLeaf ? enterprise.regionCode : '',
    legalRepresentative: show(enterprise.legalRepresentative),
    legalRepresentativePhone: show(enterprise.legalRepresentativePhone),
    legalRepresentativeMobile: show(enterprise.legalRepresentativeMobile),
    contactName: show(enterprise.contactName),
    contactPhone: show(enterprise.contactPhone),
    contactMobile: show(enterprise.contactMobile),
    email: show(enterprise.email),
    fax: show(enterprise.fax),
    industryCode: enterprise.industry?.isLeaf ? enterprise.industry.code : '',
    registeredOn: show(enterprise.registeredOn),
    registeredCapital: show(enterprise.registeredCapital),
    employees: show(enterprise.employees),
    revenueLastYear: show(enterprise.revenueLastYear),
    totalAssetsLastYear: show(enterprise.totalAssetsLastYear),
  };
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The mutation input from valid form values, trimmed and normalised as the server stores them. */
export function inputOf(enterpriseId: string, expectedVersion: number, values: ProfileValues): UpdateEnterpriseProfileInput {
  return {
    enterpriseId,
    expectedVersion,
    mailingAddress: values.mailingAddress.trim(),
    postcode: values.postcode.trim(),
    regionCode: values.regionCode,
    legalRepresentative: values.legalRepresentative.trim(),
    legalRepresentativePhone: optional(values.legalRepresentativePhone),
    legalRepresentativeMobile: normalisePhone(values.legalRepresentativeMobile),
    contactName: values.contactName.trim(),
    contactPhone: optional(values.contactPhone),
    contactMobile: normalisePhone(values.contactMobile),
    email: values.email.trim(),
    fax: optional(values.fax),
    industryCode: values.industryCode,
    registeredOn: values.registeredOn.trim(),
    registeredCapital: Number(values.registeredCapital.trim()),
    employees: Number(values.employees.trim()),
    revenueLastYear: Number(values.revenueLastYear.trim()),
    totalAssetsLastYear: Number(values.totalAssetsLastYear.trim()),
  };
}
