import type { EntityManager } from '@mikro-orm/postgresql';

/** Records a reminder's key in the caller's transaction; true when it was not recorded before (send it then). */
export async function claimReminder(em: EntityManager, key: string, alsoCovers: readonly string[] = []): Promise<boolean> {
  const inserted = await em.execute<{ key: string }[]>('insert into "notifications"."reminder_sent" ("key") values (?) on conflict do nothing returning "key"', [key]);
  for (const covered of alsoCovers) await em.execute('insert into "notifications"."reminder_sent" ("key") values (?) on conflict do nothing', [covered]);
  return inserted.length > 0;
}
