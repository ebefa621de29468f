import { GraphQLError } from 'graphql';

/**
 * Stable codes for unexpected failures (GraphQL errors). Expected business failures are
 * not errors: they are `userErrors` in mutation payloads (see graphql/user-error.ts).
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request is valid but something must be done first; `extensions.reason` says what. */
  FAILED_PRECONDITION: 'FAILED_PRECONDITION',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error whose message is meant for the caller and whose code is stable. */
export class ApiError extends GraphQLError {
  /** `httpStatus` sets the HTTP status of the whole response (Apollo Server reads and strips `extensions.http`). */
  constructor(code: ErrorCode, message: string, httpStatus?: number, details?: Record<string, string>) {
    super(message, { extensions: { code, ...details, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}
