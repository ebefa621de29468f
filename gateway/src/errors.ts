import type { GraphQLFormattedError } from 'graphql';

/** Codes whose messages are written for callers; every other error is masked. */
const CALLER_FACING = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'FAILED_PRECONDITION',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * What a client sees of an error: message, path, locations and a stable code. Subgraph
 * URLs, response bodies, service names and stack traces never leave the gateway.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (!CALLER_FACING.has(code)) {
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // `reason` says which precondition failed (FAILED_PRECONDITION); a plain code, never internals.
  const reason = typeof formatted.extensions?.reason === 'string' ? { reason: formatted.extensions.reason } : {};
  return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code, ...reason } };
}
