import { Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { paths } from '../paths';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import { SessionActions } from './SessionActions';
import classes from './Header.module.css';

const NAV_ITEMS = [
  { to: paths.home, label: 'nav.home', end: true },
  { to: paths.declarations, label: 'nav.declarations', end: false },
  { to: paths.enterprise, label: 'nav.enterprise', end: false },
] as const;

export function Header() {
  const { t, i18n } = useTranslation();
  // The banner shows the platform name in the other language too, marked up as such.
  const altLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <header className={classes.header}>
      <div className={classes.banner}>
        <Container size="xl" className={classes.bannerInner}>
          <Link to={paths.home} className={classes.brand}>
            <BrandMark className={classes.brandMark} />
            <span className={classes.brandText}>
              <span className={classes.brandName}>{t('app.name')}</span>
              <span className={classes.brandAltName} lang={altLanguage}>
                {t('app.altName')}
              </span>
            </span>
          </Link>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <SessionActions />
          </Group>
        </Container>
      </div>
      <nav aria-label={t('nav.label')} className={classes.nav}>
        <Container size="xl">
          <ul className={classes.navList}>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                {/* NavLink sets aria-current="page" on the active item. */}
                <NavLink to={item.to} end={item.end} className={classes.navLink}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </Container>
      </nav>
    </header>
  );
}
