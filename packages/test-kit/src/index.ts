export { createTestDatabase, type TestDatabase } from './database';
export { graphql, login, wsClient, collect, type GraphQLResponse } from './graphql-client';
