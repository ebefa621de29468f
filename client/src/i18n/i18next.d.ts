import type zhCN from './zh-CN.json';

// Typed keys: t('home.more') compiles, a misspelt key does not. zh-CN is the reference locale;
// keys.test.mjs checks that en.json has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
