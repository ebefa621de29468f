import { Public, userError } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AccountEntity } from '../account/account.entity';
import { Account } from '../account/account.type';
import { audit } from '../audit/audit';
import type { IdentityContext } from '../context';
import { register } from '../registration/register.service';
import { identityServices } from '../services';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie } from '../session/cookie';
import { endSession, rotateSession } from '../session/sessions';
import { claimsFor } from './claims';
import { LoginInput, LoginPayload, LogoutPayload, loginPayload, PasswordPolicy, RegisterInput, RegisterPayload } from './auth.types';
import { login } from './login.service';
import { PASSWORD_POLICY } from './password-policy';

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => PasswordPolicy, { description: 'The password rules (密码规则), to show on registration and reset forms.' })
  passwordPolicy(): PasswordPolicy {
    return Object.assign(new PasswordPolicy(), PASSWORD_POLICY);
  }

  @Public()
  @Mutation(() => RegisterPayload, { description: 'Register (注册) a legal or natural person; signs the new account in.' })
  async register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: IdentityContext): Promise<RegisterPayload> {
    const result = await register(ctx.em, identityServices(), ctx.http, input);
    if (!result.ok) return loginPayload({ userErrors: result.userErrors, recoveryOptions: result.recoveryOptions });
    return loginPayload({ account: Account.from(result.account), accessToken: result.accessToken, expiresAt: result.expiresAt });
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in (登录) with login name or USCC and password. Sets the refresh cookie.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: IdentityContext): Promise<LoginPayload> {
    const result = await login(ctx.em, identityServices(), ctx.http, input);
    if (!result.ok) return loginPayload({ userErrors: result.userErrors, lockedUntil: result.lockedUntil });
    return loginPayload({ account: Account.from(result.account), accessToken: result.accessToken, expiresAt: result.expiresAt });
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description: 'A new access token for the session in the refresh cookie, which is rotated. Replaying an old refresh token ends the session.',
  })
  async refreshToken(@Ctx() ctx: IdentityContext): Promise<LoginPayload> {
    const services = identityServices();
    const presented = ctx.http.cookies[SESSION_COOKIE];
    const expired = loginPayload({ userErrors: [userError('SESSION_EXPIRED', { zh: '登录已过期，请重新登录。', en: 'Your session has ended; sign in again.' })] });
    if (!presented) return expired;
    const rotation = await rotateSession(ctx.em, presented, ctx.http.clientIp);
    if (rotation.kind === 'invalid') {
      ctx.http.setCookie(clearedSessionCookie(services.config.cookieSecure));
      return expired;
    }
    if (rotation.kind === 'reused') {
      audit(ctx.em, { action: 'SESSION_REUSE_DETECTED', accountId: rotation.accountId, clientIp: ctx.http.clientIp });
      await ctx.em.flush();
      ctx.http.setCookie(clearedSessionCookie(services.config.cookieSecure));
      return loginPayload({ userErrors: [userError('SESSION_REVOKED', { zh: '检测到登录凭证被重复使用，为保护账号安全已退出登录，请重新登录。', en: 'This session\'s credentials were used twice, so it was ended to protect the account; sign in again.' })] });
    }
    await ctx.em.flush();
    if (rotation.kind === 'rotated') ctx.http.setCookie(sessionCookie(rotation.token, rotation.expiresAt, services.config.cookieSecure));
    const account = await ctx.em.findOneOrFail(AccountEntity, { id: rotation.accountId });
    const { token, expiresAt } = await services.keys.sign(claimsFor(account));
    return loginPayload({ account: Account.from(account), accessToken: token, expiresAt });
  }

  @Public()
  @Mutation(() => LogoutPayload, { description: 'Sign out (退出登录): ends the session in the refresh cookie and clears the cookie.' })
  async logout(@Ctx() ctx: IdentityContext): Promise<LogoutPayload> {
    const presented = ctx.http.cookies[SESSION_COOKIE];
    if (presented) {
      const accountId = await endSession(ctx.em, presented);
      if (accountId) audit(ctx.em, { action: 'SIGNED_OUT', accountId, clientIp: ctx.http.clientIp });
      await ctx.em.flush();
    }
    ctx.http.setCookie(clearedSessionCookie(identityServices().config.cookieSecure));
    return Object.assign(new LogoutPayload(), { ok: true });
  }
}
