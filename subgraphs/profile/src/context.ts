import type { SubgraphContext } from '@zjtx/subgraph-kit';
import type { EnterpriseLoaders } from './enterprise/enterprise.loaders';

export type ProfileContext = SubgraphContext<EnterpriseLoaders>;
