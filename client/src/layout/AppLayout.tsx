import { Outlet, ScrollRestoration } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InboxLive } from '../inbox/InboxLive';
import { Footer } from './Footer';
import { Header } from './Header';
import classes from './AppLayout.module.css';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className={classes.shell}>
      <a className={classes.skipLink} href="#main">
        {t('a11y.skipToContent')}
      </a>
      <Header />
      {/* tabIndex lets the skip link move keyboard focus, not just the scroll position. */}
      <main id="main" tabIndex={-1} className={classes.main}>
        <Outlet />
      </main>
      <Footer />
      <InboxLive />
      <ScrollRestoration />
    </div>
  );
}
