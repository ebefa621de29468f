export { freePort } from './free-port';
export { startEmbeddedPostgres, type PostgresServer, type EmbeddedOptions } from './embedded';
export { withDatabase, ensureDatabase, dropDatabase, createIsolatedDatabase } from './databases';
