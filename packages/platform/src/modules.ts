import { assessment } from '@zjtx/assessment';
import { declarations } from '@zjtx/declarations';
import { identity } from '@zjtx/identity';
import { notifications } from '@zjtx/notifications';
import { profile } from '@zjtx/profile';
import type { SubgraphModule } from '@zjtx/subgraph-kit';

/** The five subgraphs, identity first: the others verify tokens against its JWKS. */
export const SUBGRAPH_MODULES: readonly SubgraphModule[] = [identity, profile, assessment, declarations, notifications] as SubgraphModule[];
