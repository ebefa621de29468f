export { createTestDatabase, type TestDatabase } from './database';
export { graphql, login, wsClient, collect, type GraphQLResponse } from './graphql-client';
export { pdfText } from './pdf-text';
export { startFakeClamd, EICAR, type FakeClamd } from './fake-clamd';
