import { enterpriseDirectorySql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/** The enterprise directory projection (region, industry) fed by profile's events. */
export class Migration20261121000003_enterprise_directory extends Migration {
  override async up(): Promise<void> {
    this.addSql(enterpriseDirectorySql('declarations'));
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."enterprise_directory";');
  }
}
