import { enterpriseDirectorySizeClassSql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/** The enterprise directory projection also keeps the size class profile computes. */
export class Migration20261121000005_directory_size_class extends Migration {
  override async up(): Promise<void> {
    this.addSql(enterpriseDirectorySizeClassSql('declarations'));
  }

  override async down(): Promise<void> {
    this.addSql('alter table "declarations"."enterprise_directory" drop column "size_class";');
  }
}
