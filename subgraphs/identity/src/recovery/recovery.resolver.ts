import { ApiError, ErrorCode, Public } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { normalisePhone } from '../account/phone';
import type { IdentityContext } from '../context';
import { identityServices } from '../services';
import { DevSmsEntity } from '../sms/dev-sms.entity';
import { requestSmsCode } from '../sms/request-code.service';
import { changePhone, resetPassword } from './recovery.service';
import { ChangePhoneInput, DevSmsMessage, RecoveryPayload, recoveryPayload, RequestSmsCodeInput, RequestSmsCodePayload, ResetPasswordInput } from './recovery.types';

@Resolver()
export class RecoveryResolver {
  @Public()
  @Mutation(() => RequestSmsCodePayload, { description: 'Send a 6-digit verification code by SMS (one per minute per target).' })
  async requestSmsCode(@Arg('input', () => RequestSmsCodeInput) input: RequestSmsCodeInput, @Ctx() ctx: IdentityContext): Promise<RequestSmsCodePayload> {
    const result = await requestSmsCode(ctx.em, identityServices(), ctx.http, input);
    return Object.assign(new RequestSmsCodePayload(), result.ok
      ? { sent: true, retryAfterSeconds: null, expiresInSeconds: result.expiresInSeconds, userErrors: [] }
      : { sent: false, retryAfterSeconds: result.retryAfterSeconds, expiresInSeconds: null, userErrors: result.userErrors });
  }

  @Public()
  @Mutation(() => RecoveryPayload, { description: 'Forgot password (忘记密码): set a new password with a code sent to the bound phone. Ends every session.' })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: IdentityContext): Promise<RecoveryPayload> {
    return recoveryPayload(await resetPassword(ctx.em, identityServices(), ctx.http, input));
  }

  @Public()
  @Mutation(() => RecoveryPayload, { description: 'Change the bound phone (手机号修改) by phone verification: codes to the old and new phone.' })
  async changePhone(@Arg('input', () => ChangePhoneInput) input: ChangePhoneInput, @Ctx() ctx: IdentityContext): Promise<RecoveryPayload> {
    return recoveryPayload(await changePhone(ctx.em, identityServices(), ctx.http, input));
  }

  @Public()
  @Query(() => [DevSmsMessage], {
    description: 'Development only: the latest messages the dev SMS adapter "sent" to a phone. FORBIDDEN in production or with a real SMS adapter.',
  })
  async devSmsOutbox(
    @Arg('phone', () => String) phone: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: IdentityContext,
  ): Promise<DevSmsMessage[]> {
    const { config, sms } = identityServices();
    if (config.production || sms.kind !== 'dev-outbox') throw new ApiError(ErrorCode.FORBIDDEN, 'The development SMS outbox is not available on this deployment.');
    const normalised = normalisePhone(phone);
    if (!normalised) return [];
    const rows = await ctx.em.find(DevSmsEntity, { phone: normalised }, { orderBy: { sentAt: 'desc' }, limit: Math.min(Math.max(first, 1), 50) });
    return rows.map((row) => Object.assign(new DevSmsMessage(), { id: row.id, phone: row.phone, text: row.text, sentAt: row.sentAt }));
  }
}
