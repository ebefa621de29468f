/**
 * Who is calling, as verified by this subgraph from the forwarded token.
 * Anonymous until a valid access token is presented.
 */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: string;
      roles: readonly string[];
      enterpriseId?: string;
      office?: { level: string; regionCode: string; name?: string };
    }
  | { kind: 'partner'; clientId: string; scopes: readonly string[]; regionCode?: string };

export const anonymous: Caller = { kind: 'anonymous' };
