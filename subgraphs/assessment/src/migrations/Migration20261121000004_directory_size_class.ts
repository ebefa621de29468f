import { enterpriseDirectorySizeClassSql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/** The enterprise directory projection also keeps the size class profile computes. */
export class Migration20261121000004_directory_size_class extends Migration {
  override async up(): Promise<void> {
    this.addSql(enterpriseDirectorySizeClassSql('assessment'));
  }

  override async down(): Promise<void> {
    this.addSql('alter table "assessment"."enterprise_directory" drop column "size_class";');
  }
}
