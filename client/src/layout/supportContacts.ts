// Support contacts as printed in the platform's user manual (seed 002, 联系方式). Labels and
// notes are translated in the footer; the numbers themselves are data.
export interface SupportContact {
  /** i18n key under footer.* */
  key: 'policy' | 'publicService' | 'techSupport' | 'techSupportEmail' | 'techSmeConsulting' | 'techSmeSystem';
  phones?: readonly string[];
  email?: string;
  /** All phone lines answer on working days 9:00-17:00. */
  withServiceHours: boolean;
}

export const SUPPORT_CONTACTS: readonly SupportContact[] = [
  { key: 'publicService', phones: ['12381'], withServiceHours: true },
  { key: 'techSupport', phones: ['010-87901037', '010-87901032'], withServiceHours: true },
  { key: 'techSupportEmail', email: 'gxbzjtx@163.com', withServiceHours: false },
  { key: 'techSmeConsulting', phones: ['010-68209141', '010-68209153'], withServiceHours: true },
  { key: 'techSmeSystem', phones: ['010-69943997', '010-69943998'], withServiceHours: true },
  { key: 'policy', withServiceHours: true },
];

/** `tel:` target: Beijing numbers (010-…) in international form so they dial from anywhere. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('0') ? `tel:+86${digits.slice(1)}` : `tel:${digits}`;
}
