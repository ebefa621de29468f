import type { SubgraphContext } from '@zjtx/subgraph-kit';
import type { AccountLoaders } from './account/account.loaders';

export type IdentityContext = SubgraphContext<AccountLoaders>;
