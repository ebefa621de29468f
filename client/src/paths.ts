import type { LoginMethod } from './__generated__/graphql';

// Route paths in one place, so links and the router cannot drift apart.
export const paths = {
  home: '/',
  announcements: '/announcements',
  announcement: (id: string) => `/announcements/${encodeURIComponent(id)}`,
  lookup: '/lookup',
  assessment: '/assessment',
  assessmentAttempt: (id: string) => `/assessment/${encodeURIComponent(id)}`,
  assessmentResult: (id: string) => `/assessment/${encodeURIComponent(id)}/result`,
  login: '/login',
  register: '/register',
  forgotPassword: '/forgot-password',
  changePhone: '/change-phone',
  userCentre: '/user-centre',
  manualVerifications: '/admin/manual-verifications',
  devSms: '/dev/sms',
  declarations: '/declarations',
  declaration: (id: string) => `/declarations/${encodeURIComponent(id)}`,
  declarationEdit: (id: string) => `/declarations/${encodeURIComponent(id)}/edit`,
  enterprise: '/enterprise',
  enterpriseEdit: '/enterprise/edit',
  enterpriseMessages: '/enterprise/messages',
  message: (id: string) => `/enterprise/messages/${encodeURIComponent(id)}`,
  messageSettings: '/enterprise/messages/settings',
  enterpriseDeclarations: '/enterprise/declarations',
  enterpriseChanges: '/enterprise/changes',
  enterpriseExpiry: '/enterprise/expiry',
  publishAnnouncement: '/office/announcements/new',
  sendNotice: '/office/notices/new',
  reviews: '/office/reviews',
  review: (id: string) => `/office/reviews/${encodeURIComponent(id)}`,
} as const;

/** 我的消息, opened on one category's tab when given. */
export function messagesPath(category?: string): string {
  return category ? `${paths.enterpriseMessages}?category=${encodeURIComponent(category)}` : paths.enterpriseMessages;
}

/** The sign-in page, remembering where to go afterwards and, optionally, how to sign in. */
export function signInPath(next?: string, method?: LoginMethod): string {
  const query = new URLSearchParams();
  if (next) query.set('next', next);
  if (method) query.set('method', method);
  const search = query.toString();
  return search ? `${paths.login}?${search}` : paths.login;
}

/** The 手机号修改 page, opened on 手机核验 or 人工核验. */
export function changePhonePath(way?: 'phone' | 'manual'): string {
  return way ? `${paths.changePhone}?way=${way}` : paths.changePhone;
}

/** The dev SMS outbox, showing one phone's messages when given. */
export function devSmsPath(phone?: string): string {
  return phone ? `${paths.devSms}?phone=${encodeURIComponent(phone)}` : paths.devSms;
}

/**
 * Where to go after signing in: the `next` parameter if it is a path on this site, otherwise
 * the user centre. (`//evil.example` and `https://…` are not paths here: no open redirects.)
 */
export function afterSignIn(next: string | null): string {
  const local = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\');
  if (local && !next.startsWith(paths.login)) return next;
  return paths.userCentre;
}

/** Outbound: the "创客中国" SME innovation and entrepreneurship contest. */
export const MAKER_CONTEST_URL = 'https://www.cnmaker.org.cn/';
