import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context';

/** The data source name the primary fetch is re-pointed at: it returns the event itself. */
const EVENT_SOURCE = '__subscription_event__';

interface SubscriptionPlan {
  primary: FetchNode;
  rest?: PlanNode;
}

export interface SubscribeRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  context: GatewayContext;
}

/** Opens the primary subscription on the owning subgraph and yields its raw events. */
export type UpstreamSubscribe = (
  serviceName: string,
  request: { query: string; variables: Record<string, unknown> },
  context: GatewayContext,
) => AsyncIterable<ExecutionResult>;

/**
 * Executes subscriptions through the federation query planner (DESIGN.md §4): the plan's
 * `primary` fetch runs as a graphql-ws subscription on the subgraph owning the root field;
 * each event is then completed by running `Sequence[primary → event, rest]` through
 * @apollo/gateway's own executeQueryPlan, so fields from other subgraphs are fetched
 * exactly as for a query.
 */
export class FederatedSubscriptions {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: GraphQLSchema;
  private readonly plans = new Map<string, SubscriptionPlan>();

  constructor(
    supergraphSdl: string,
    private readonly serviceMap: ServiceMap,
    private readonly upstream: UpstreamSubscribe,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
    this.supergraphSchema = this.supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = this.supergraph.apiSchema().toGraphQLJSSchema();
  }

  async *subscribe(request: SubscribeRequest): AsyncGenerator<ExecutionResult> {
    const { primary, rest } = this.planFor(request.document, request.operationName ?? undefined);
    const primaryVariables = Object.fromEntries((primary.variableUsages ?? []).map((name) => [name, request.variables[name]]));
    const operationContext = buildOperationContext({
      schema: this.apiSchema,
      operationDocument: request.document,
      operationName: request.operationName ?? undefined,
    });

    for await (const event of this.upstream(primary.serviceName, { query: primary.operation, variables: primaryVariables }, request.context)) {
      if (!rest || event.errors?.length || !event.data) {
        yield event;
        continue;
      }
      const plan: QueryPlan = { kind: 'QueryPlan', node: { kind: 'Sequence', nodes: [{ ...primary, serviceName: EVENT_SOURCE }, rest] } };
      const serviceMap: ServiceMap = { ...this.serviceMap, [EVENT_SOURCE]: { process: async () => ({ data: event.data }) } };
      const requestContext = {
        request: { query: print(request.document), variables: request.variables, operationName: request.operationName ?? undefined },
        context: request.context,
        metrics: {},
        logger: console,
        cache: undefined,
        overallCachePolicy: undefined,
      } as unknown as GatewayGraphQLRequestContext<GatewayContext & Record<string, unknown>>;
      const result = await executeQueryPlan(
        plan,
        serviceMap,
        requestContext,
        operationContext,
        this.supergraphSchema,
        this.supergraph.apiSchema(),
      );
      yield { data: result.data, errors: result.errors };
    }
  }

  /** Plans are cached per operation text: planning is synchronous CPU work. */
  private planFor(document: DocumentNode, operationName?: string): SubscriptionPlan {
    const key = `${operationName ?? ''}\n${print(document)}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    const operation = operationFromDocument(this.supergraph.apiSchema(), document, { operationName });
    const plan = this.planner.buildQueryPlan(operation);
    if (plan.node?.kind !== 'Subscription') {
      throw new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql.', {
        extensions: { code: 'BAD_REQUEST' },
      });
    }
    const entry = { primary: plan.node.primary, rest: plan.node.rest };
    if (this.plans.size >= 1000) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(key, entry);
    return entry;
  }
}
