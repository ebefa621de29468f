// Telemetry off before @apollo/gateway loads (it reads this at construction).
import './telemetry';
export { startGateway, type GatewayOptions, type RunningGateway } from './server';
export { composeSupergraph, readSubgraphSdls, CompositionError } from './compose';
export { SUBGRAPHS, gatewayEnv, subgraphUrlOverrides, type SubgraphName } from './config';
export { formatGatewayError } from './errors';
