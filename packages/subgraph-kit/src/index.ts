import 'reflect-metadata';

export { subgraphEnv, parseEnv, type SubgraphEnv } from './config';
export { serveSubgraph, writeSdl } from './main';
export { createLogger, type Logger } from './logger';
export { anonymous, type Caller } from './caller';
export { ApiError, ErrorCode } from './errors';
export type { SubgraphContext, HttpExchange } from './context';
export { keyedLoader, groupedLoader } from './loaders';
export { createOrm, migrate, type OrmOptions } from './orm';
export { createPubSub, type PubSubHandle } from './pubsub';
export { startSubgraphServer, type RunningServer } from './server';
export { runSubgraph, printSdl, type RunSubgraphOptions } from './run';
export { closeOnSignals } from './shutdown';
export type { SubgraphModule } from './subgraph-module';
export { buildFederatedSchema, type ReferenceResolvers } from './graphql/federated-schema';
export { Connection, pageWindow, toConnection, MAX_PAGE_SIZE, type ConnectionShape, type PageRequest } from './graphql/connection';
export { PageInfo } from './graphql/page-info';
export { UserError, UserErrorResolver, userError } from './graphql/user-error';
export { localeFrom, pickText, type Locale, type LocalizedText } from './locale';
export { jwtAuthenticator, type Authenticate } from './auth/authenticate';
export { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, SESSION_COOKIE, type AccessTokenClaims } from './auth/access-token';
export { Public, Role, Scope, scope, authChecker, canReadEnterprise, isEnterpriseOrAdmin, type EnterpriseScope } from './auth/access';
export { EnterpriseReference, AccountReference, RegionReference } from './graphql/references';
export { isUuid } from './ids';
export type { EventCatalogue, EventEnvelope, Topic } from './events/catalogue';
export { consume, type EventConsumer, type ConsumeContext } from './events/consumer';
export { recordEvent } from './events/record';
export { scheduled, runScheduledJob, type ScheduledJob, type ScheduledRunContext } from './events/scheduled';
export { eventTablesSql } from './events/tables';
export { OutboxEventEntity } from './events/outbox-event.entity';
export { startEventBus, type RunningEventBus } from './events/bus';
export { EVENT_SUBSCRIBERS } from './events/subscriptions';
export {
  EnterpriseDirectoryEntity,
  enterpriseDirectorySql,
  enterpriseDirectorySizeClassSql,
  enterpriseDirectoryConsumer,
  enterpriseScopeLoader,
  type EnterpriseScopeLoader,
} from './projections/enterprise-directory';
export { rateLimitTableSql, postgresRateLimiter } from './limits/rate-limiter';
export { announceListening } from './announce';
export { UploadEntity, uploadTableSql } from './uploads/upload.entity';
export { issueUpload, claimUploads, type UploadRules, type AttachedFile, type IssueUploadResult } from './uploads/uploads';
export { UploadLink, StoredFile } from './uploads/upload.types';
export { provinceName } from './provinces';
export { subscribeFrom } from './pubsub/subscribe-from';
