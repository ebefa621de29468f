import { useTranslation } from 'react-i18next';

/** 一级 … 四级 from the level number (the API's levelName is Chinese only), or 未达到一级 for none. */
export function useLevelText(): (level: number | null | undefined) => string {
  const { t } = useTranslation();
  return (level) => (level && level >= 1 && level <= 4 ? t(`assessment.levels.${level as 1 | 2 | 3 | 4}`) : t('assessment.noLevel'));
}
