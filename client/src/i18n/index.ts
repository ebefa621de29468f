import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'zjtx.language';

/** Official content from the API (announcement titles, bodies, document numbers) is Chinese only;
 * marking it lets an English page still be read out with Chinese pronunciation (WCAG 3.1.2). */
export const CONTENT_LANGUAGE: Language = 'zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

// localStorage throws in some private-browsing modes and sandboxed iframes; the choice is a
// convenience, so losing it must never break the page.
function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function rememberLanguage(language: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // see readStoredLanguage
  }
}

/** Starts i18next synchronously (resources are bundled), so the first render is translated. */
export function initI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    // Screen readers and fonts pick the language from <html lang>.
    document.documentElement.lang = language;
    rememberLanguage(language);
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes rendered text already.
    interpolation: { escapeValue: false },
  });
  return i18n;
}
