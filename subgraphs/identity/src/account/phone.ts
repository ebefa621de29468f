/** Mainland China mobile numbers, as the portal also reads them (spaces, dashes, +86 dropped). */
export { normaliseMobile as normalisePhone } from '@zjtx/domain';

/** 138****8000: enough to recognise one's own number, not enough to learn someone else's. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
