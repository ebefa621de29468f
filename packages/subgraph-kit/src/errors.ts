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
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
  }
}
