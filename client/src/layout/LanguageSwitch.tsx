import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n';

// Each option is written in its own language, so it is recognisable whichever one is active.
const OPTIONS = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
] as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      w={112}
      // The chevron is decoration; without this it is announced as an unnamed image.
      rightSectionProps={{ 'aria-hidden': true }}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => {
        const language = event.currentTarget.value;
        // The languageChanged listener (i18n/index.ts) updates <html lang> and remembers it.
        if (isLanguage(language)) void i18n.changeLanguage(language);
      }}
    >
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value} lang={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}
