import { eventTablesSql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/** The outbox and processed-event tables of the durable event bus (DESIGN §3). */
export class Migration20261121000002_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(eventTablesSql('declarations'));
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."processed_event"; drop table if exists "declarations"."outbox_event"; drop function if exists "declarations"."outbox_event_notify"();');
  }
}
