/**
 * The event tables every subgraph keeps in its own schema: the outbox it writes events to,
 * and the record of events it has consumed (so a redelivered event changes nothing twice).
 * Each subgraph's migration includes this SQL.
 */
export function eventTablesSql(schema: string): string {
  return `
    create table "${schema}"."outbox_event" (
      "id" uuid primary key,
      "seq" bigserial not null,
      "topic" varchar(100) not null,
      "payload" jsonb not null,
      "occurred_at" timestamptz not null default now(),
      "dispatched_at" timestamptz
    );
    create index "outbox_event_pending_idx" on "${schema}"."outbox_event" ("seq") where "dispatched_at" is null;
    create function "${schema}"."outbox_event_notify"() returns trigger language plpgsql as $$
      begin perform pg_notify('zjtx_outbox', '${schema}'); return null; end $$;
    create trigger "outbox_event_notify" after insert on "${schema}"."outbox_event"
      for each statement execute function "${schema}"."outbox_event_notify"();
    create table "${schema}"."processed_event" (
      "consumer" varchar(150) not null,
      "event_id" uuid not null,
      "processed_at" timestamptz not null default now(),
      primary key ("consumer", "event_id")
    );
  `;
}
