/** The languages the API answers in: Chinese first, English where a text has been translated. */
export type Locale = 'zh-CN' | 'en';

/** A text for people, in Chinese and, where translated, English. */
export interface LocalizedText {
  zh: string;
  en?: string;
}

/** `Accept-Language: en-US,en;q=0.9` → en; anything without English first → zh-CN. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export const pickText = (text: LocalizedText, locale: Locale): string => (locale === 'en' && text.en ? text.en : text.zh);
