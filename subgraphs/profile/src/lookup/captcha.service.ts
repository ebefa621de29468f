import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@zjtx/subgraph-kit';
import { create as createSvgCaptcha } from 'svg-captcha';
import { CaptchaEntity } from './captcha.entity';

const TTL_MS = 5 * 60_000;

/** A new captcha: 4 characters without look-alikes (0/o, 1/l/i), drawn as SVG with noise. */
export async function createCaptcha(em: EntityManager): Promise<{ id: string; svg: string; expiresAt: Date }> {
  const { data, text } = createSvgCaptcha({ size: 4, noise: 2, ignoreChars: '0oO1ilI', color: false, background: '#f4f6fb' });
  const captcha = em.create(CaptchaEntity, { answer: text.toLowerCase(), expiresAt: new Date(Date.now() + TTL_MS) });
  em.persist(captcha);
  await em.flush();
  return { id: captcha.id, svg: data, expiresAt: captcha.expiresAt };
}

/** Uses up the captcha whatever the answer (one try each), and says whether the answer was right. */
export async function consumeCaptcha(em: EntityManager, id: string, answer: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await em.getConnection().execute<{ answer: string }[]>(
    `update "profile"."captcha" set used_at = now() where id = ? and used_at is null and expires_at > now() returning answer`,
    [id],
  );
  return rows.length === 1 && rows[0]!.answer === answer.trim().toLowerCase();
}
