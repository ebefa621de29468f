import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title; each page names itself, so history and tabs are told apart. */
export function usePageTitle(page?: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
