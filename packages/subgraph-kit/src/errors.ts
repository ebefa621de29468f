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
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error whose message is meant for the caller and whose code is stable. */
export class ApiError extends GraphQLError {
  /** `httpStatus` sets the HTTP status of the whole response (Apollo Server reads and strips `extensions.http`). */
  constructor(code: ErrorCode, message: string, httpStatus?: number) {
    super(message, { extensions: httpStatus ? { code, http: { status: httpStatus } } : { code } });
  }
}
