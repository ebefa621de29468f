import { Field, ObjectType } from 'type-graphql';
import type { Enterprise } from './enterprise.type';

/** The 企业基本情况 fields a declaration needs; the home page's 申报 block prompts until all are there. */
const REQUIRED: readonly (keyof Enterprise)[] = [
  'mailingAddress',
  'postcode',
  'legalRepresentative',
  'legalRepresentativeMobile',
  'contactName',
  'contactMobile',
  'email',
  'industryCode',
  'registeredOn',
  'registeredCapital',
  'employees',
  'revenueLastYear',
  'totalAssetsLastYear',
];

@ObjectType({ description: 'Whether 企业基本情况 is filled in enough to declare, and what is missing.' })
export class ProfileCompleteness {
  @Field(() => Boolean) complete!: boolean;
  @Field(() => [String], { description: 'Names of the missing fields, as in UpdateEnterpriseProfileInput.' }) missingFields!: string[];
}

export function completenessOf(enterprise: Enterprise): ProfileCompleteness {
  const missingFields = REQUIRED.filter((field) => enterprise[field] === null || enterprise[field] === undefined || enterprise[field] === '') as string[];
  return Object.assign(new ProfileCompleteness(), { complete: missingFields.length === 0, missingFields });
}
