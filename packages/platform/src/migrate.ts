import { createOrm, migrate, type SubgraphModule } from '@zjtx/subgraph-kit';
import { SUBGRAPH_MODULES } from './modules';

/** Applies every pending migration of every subgraph, each in its own schema. */
export async function migrateAll(databaseUrl: string, modules: readonly SubgraphModule[] = SUBGRAPH_MODULES): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  for (const module of modules) {
    const orm = await createOrm({ schema: module.name, databaseUrl, entities: module.entities, migrations: module.migrations, poolMax: 1 });
    try {
      applied[module.name] = await migrate(orm, module.name);
    } finally {
      await orm.close();
    }
  }
  return applied;
}
