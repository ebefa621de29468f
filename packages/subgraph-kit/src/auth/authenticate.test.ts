import { generateKeyPair, SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token';
import { jwtAuthenticator } from './authenticate';

describe('access token verification', () => {
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  const sign = (claims: Record<string, unknown>, expiresIn = '5m', issuer = ACCESS_TOKEN_ISSUER) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setSubject('acc-1').setIssuer(issuer).setAudience(ACCESS_TOKEN_AUDIENCE).setExpirationTime(expiresIn).sign(keys.privateKey);

  beforeAll(async () => {
    keys = await generateKeyPair('ES256');
  });

  it('no credentials: anonymous', async () => {
    await expect(jwtAuthenticator(async () => keys.publicKey)({})).resolves.toEqual({ kind: 'anonymous' });
  });

  it('a valid token: the account with its roles and enterprise', async () => {
    const token = await sign({ roles: ['ENTERPRISE'], ent: 'ent-1' });
    await expect(jwtAuthenticator(async () => keys.publicKey)({ authorization: `Bearer ${token}` })).resolves.toEqual({
      kind: 'account',
      accountId: 'acc-1',
      roles: ['ENTERPRISE'],
      enterpriseId: 'ent-1',
      office: undefined,
    });
  });

  it('expired, foreign or malformed tokens are UNAUTHENTICATED errors, not anonymous', async () => {
    const authenticate = jwtAuthenticator(async () => keys.publicKey);
    const expired = await sign({ roles: [] }, '-1m');
    await expect(authenticate({ authorization: `Bearer ${expired}` })).rejects.toMatchObject({ message: expect.stringMatching(/expired/), extensions: { code: 'UNAUTHENTICATED' } });
    const foreign = await sign({ roles: [] }, '5m', 'someone-else');
    await expect(authenticate({ authorization: `Bearer ${foreign}` })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(authenticate({ authorization: 'Basic abc' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
