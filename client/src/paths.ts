// Route paths in one place, so links and the router cannot drift apart.
export const paths = {
  home: '/',
  announcements: '/announcements',
  announcement: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  lookup: '/lookup',
  assessment: '/assessment',
  login: '/login',
  declarations: '/declarations',
  enterprise: '/enterprise',
} as const;

/** The sign-in page, remembering where to go afterwards (used once sign-in exists). */
export function signInPath(next?: string): string {
  return next ? `${paths.login}?next=${encodeURIComponent(next)}` : paths.login;
}

/** Outbound: the "创客中国" SME innovation and entrepreneurship contest. */
export const MAKER_CONTEST_URL = 'https://www.cnmaker.org.cn/';
