import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims } from '@zjtx/subgraph-kit';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { SigningKeyEntity } from './signing-key.entity';

const ALGORITHM = 'ES256';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/**
 * The current signing key, shared by every identity instance through the database: the
 * first instance to start creates it, the others (and restarts) load it.
 */
export class SigningKeys {
  private constructor(
    private readonly kid: string,
    private readonly privateKey: Awaited<ReturnType<typeof importJWK>>,
    readonly jwks: { keys: JWK[] },
  ) {}

  static async load(orm: MikroORM): Promise<SigningKeys> {
    const em = orm.em.fork();
    if ((await em.count(SigningKeyEntity)) === 0) {
      const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
      const kid = randomUUID();
      await em
        .createQueryBuilder(SigningKeyEntity)
        .insert({ kid, createdAt: new Date(), privateJwk: { ...(await exportJWK(privateKey)) }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' } })
        .onConflict()
        .ignore()
        .execute();
    }
    const keys = await em.find(SigningKeyEntity, {}, { orderBy: { createdAt: 'desc' }, populate: ['privateJwk'] });
    const current = keys[0]!;
    return new SigningKeys(current.kid, await importJWK(current.privateJwk as JWK, ALGORITHM), {
      keys: keys.map((k) => k.publicJwk as JWK),
    });
  }

  async sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
    const { sub, ...rest } = claims;
    const token = await new SignJWT({ ...rest })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.kid })
      .setSubject(sub)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
    return { token, expiresAt };
  }
}
