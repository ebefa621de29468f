import { isCalendarDate } from '@zjtx/domain';
import { userError, type LocalizedText, type UserError } from '@zjtx/subgraph-kit';
import { z } from 'zod';
import { IndustryLevel, industryCatalogue } from '../industry/industry.catalogue';
import { regionCatalogue } from '../region/region.catalogue';

/** What the 企业基本情况 form sends (UpdateEnterpriseProfileInput without id and version). */
export interface ProfileFields {
  mailingAddress: string;
  postcode: string;
  regionCode: string;
  legalRepresentative: string;
  legalRepresentativePhone?: string | null;
  legalRepresentativeMobile: string;
  contactName: string;
  contactPhone?: string | null;
  contactMobile: string;
  email: string;
  fax?: string | null;
  industryCode: string;
  registeredOn: string;
  registeredCapital: number;
  employees: number;
  revenueLastYear: number;
  totalAssetsLastYear: number;
}

/** The checked values, trimmed and ready to store. */
export type CleanProfile = ProfileFields & { nicheField: string; mainProduct: string };

const emailSchema = z.email();
const MAX_AMOUNT = 1e11; // 万元: far above any SME, below numeric(14,2)'s limit

/**
 * Checks every field and reports every problem at once, each on its field (["input", name]),
 * with a message that says what to do. Nothing is saved unless all pass.
 */
export function validateProfile(input: ProfileFields, today: string): { ok: true; value: CleanProfile } | { ok: false; userErrors: UserError[] } {
  const errors: UserError[] = [];
  const fail = (field: keyof ProfileFields, code: string, text: LocalizedText) => errors.push(userError(code, text, ['input', field]));
  const text = (field: keyof ProfileFields, label: LocalizedText, max: number, required = true): string | null => {
    const value = String(input[field] ?? '').trim();
    if (!value) {
      if (required) fail(field, 'REQUIRED', { zh: `请填写${label.zh}。`, en: `Enter the ${label.en}.` });
      return null;
    }
    if (value.length > max) fail(field, 'TOO_LONG', { zh: `${label.zh}不能超过 ${max} 个字。`, en: `The ${label.en} may have at most ${max} characters.` });
    return value;
  };
  const mobile = (field: keyof ProfileFields, label: LocalizedText) => {
    const value = text(field, label, 11);
    if (value && !/^1[3-9][0-9]{9}$/.test(value)) fail(field, 'INVALID_MOBILE', { zh: `${label.zh}应为 11 位手机号码。`, en: `The ${label.en} must be an 11-digit mobile number.` });
    return value;
  };
  const landline = (field: keyof ProfileFields, label: LocalizedText) => {
    const value = text(field, label, 30, false);
    if (value && !/^[0-9+\-() ]{7,30}$/.test(value)) fail(field, 'INVALID_PHONE', { zh: `${label.zh}只能含数字、空格和 + - ( )，例如 0571-87654321。`, en: `The ${label.en} may contain digits, spaces and + - ( ) only, e.g. 0571-87654321.` });
    return value;
  };
  const amount = (field: keyof ProfileFields, label: LocalizedText, integer = false) => {
    const value = input[field] as number;
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(field, 'REQUIRED', { zh: `请填写${label.zh}。`, en: `Enter the ${label.en}.` });
    else if (value < 0) fail(field, 'NEGATIVE_NUMBER', { zh: `${label.zh}不能为负数。`, en: `The ${label.en} cannot be negative.` });
    else if (value > MAX_AMOUNT || (integer && !Number.isInteger(value))) fail(field, 'INVALID_NUMBER', { zh: `请检查${label.zh}的数值${integer ? '（应为整数）' : ''}。`, en: `Check the ${label.en}${integer ? ' (a whole number)' : ''}.` });
    return value;
  };

  const mailingAddress = text('mailingAddress', { zh: '通讯地址', en: 'mailing address' }, 200);
  const postcode = text('postcode', { zh: '邮编', en: 'postcode' }, 6);
  if (postcode && !/^[0-9]{6}$/.test(postcode)) fail('postcode', 'INVALID_POSTCODE', { zh: '邮编应为 6 位数字。', en: 'A postcode has 6 digits.' });
  const region = regionCatalogue.get(input.regionCode?.trim() ?? '');
  if (!region || region.childCodes.length > 0) fail('regionCode', 'INVALID_REGION', { zh: '请选择到区县一级的企业注册地。', en: 'Choose the registered region down to the county.' });
  const legalRepresentative = text('legalRepresentative', { zh: '法人代表', en: 'legal representative' }, 50);
  const legalRepresentativePhone = landline('legalRepresentativePhone', { zh: '法定代表人电话', en: "legal representative's phone" });
  const legalRepresentativeMobile = mobile('legalRepresentativeMobile', { zh: '法定代表人手机', en: "legal representative's mobile" });
  const contactName = text('contactName', { zh: '联系人', en: 'contact' }, 50);
  const contactPhone = landline('contactPhone', { zh: '联系人电话', en: "contact's phone" });
  const contactMobile = mobile('contactMobile', { zh: '联系人手机', en: "contact's mobile" });
  const email = text('email', { zh: 'email', en: 'email' }, 100);
  if (email && !emailSchema.safeParse(email).success) fail('email', 'INVALID_EMAIL', { zh: 'email 格式不正确，例如 name@example.com。', en: 'Enter an email address such as name@example.com.' });
  const fax = landline('fax', { zh: '传真', en: 'fax' });
  const industry = industryCatalogue.get(input.industryCode?.trim() ?? '');
  if (!industry || industry.level !== IndustryLevel.CLASS) fail('industryCode', 'INVALID_INDUSTRY', { zh: '请在行业选择中选到最末一级（小类）。', en: 'Choose the industry down to the last level (class).' });
  const registeredOn = text('registeredOn', { zh: '注册时间', en: 'registration date' }, 10);
  if (registeredOn && !isCalendarDate(registeredOn)) {
    fail('registeredOn', 'INVALID_DATE', { zh: '注册时间应为有效日期，例如 2018-05-20。', en: 'Enter a valid date such as 2018-05-20.' });
  } else if (registeredOn && registeredOn > today) {
    fail('registeredOn', 'FUTURE_DATE', { zh: '注册时间不能晚于今天，请按营业执照填写。', en: 'The registration date cannot be in the future; use the date on the business licence.' });
  }
  amount('registeredCapital', { zh: '注册资本', en: 'registered capital' });
  amount('employees', { zh: '从业人员', en: 'number of employees' }, true);
  amount('revenueLastYear', { zh: '上年营业收入', en: "last year's revenue" });
  amount('totalAssetsLastYear', { zh: '上年资产总额', en: "last year's total assets" });

  if (errors.length > 0) return { ok: false, userErrors: errors };
  return {
    ok: true,
    value: {
      ...input,
      mailingAddress: mailingAddress!,
      postcode: postcode!,
      regionCode: region!.code,
      legalRepresentative: legalRepresentative!,
      legalRepresentativePhone,
      legalRepresentativeMobile: legalRepresentativeMobile!,
      contactName: contactName!,
      contactPhone,
      contactMobile: contactMobile!,
      email: email!,
      fax,
      industryCode: industry!.code,
      registeredOn: registeredOn!,
      // The niche field and product follow from the chosen class, as in the manual's picker.
      nicheField: industry!.name,
      mainProduct: (industry!.note ?? industry!.name).slice(0, 500),
    },
  };
}
