import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEventEntity, type AuditAction } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  accountId?: string | null;
  actorId?: string | null;
  clientIp?: string | null;
  detail?: Record<string, unknown>;
}

/** Adds an audit record to the unit of work: it commits with the change it describes. */
export function audit(em: EntityManager, entry: AuditEntry): void {
  em.persist(em.create(AuditEventEntity, { ...entry, detail: entry.detail ?? {}, at: new Date() }));
}
