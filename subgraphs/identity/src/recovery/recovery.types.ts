import { UserError } from '@zjtx/subgraph-kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LoginMethod } from '../account/identifier';
import { SmsPurpose } from '../sms/sms-code.entity';

registerEnumType(SmsPurpose, {
  name: 'SmsPurpose',
  description: 'What a verification code is for: REGISTER, RESET_PASSWORD (to the bound phone), CHANGE_PHONE_OLD (to the bound phone), CHANGE_PHONE_NEW.',
});

@InputType({ description: 'Which code to send where. REGISTER and CHANGE_PHONE_NEW take `phone`; RESET_PASSWORD takes `identifier` and the bound `phone`; CHANGE_PHONE_OLD takes `identifier`.' })
export class RequestSmsCodeInput {
  @Field(() => SmsPurpose) purpose!: SmsPurpose;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) identifier?: string | null;
  @Field(() => LoginMethod, { defaultValue: LoginMethod.LOGIN_NAME }) loginMethod!: LoginMethod;
}

@ObjectType({ description: 'Whether the request was accepted. For codes to a bound phone, `sent` is true whether or not the account exists.' })
export class RequestSmsCodePayload {
  @Field(() => Boolean) sent!: boolean;
  @Field(() => Int, { nullable: true, description: 'When refused for being too frequent: seconds to wait.' }) retryAfterSeconds!: number | null;
  @Field(() => Int, { nullable: true }) expiresInSeconds!: number | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType({ description: 'Forgot password (忘记密码): the bound phone, the code sent to it, and the new password.' })
export class ResetPasswordInput {
  @Field(() => LoginMethod, { defaultValue: LoginMethod.LOGIN_NAME }) loginMethod!: LoginMethod;
  @Field(() => String) identifier!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) smsCode!: string;
  @Field(() => String) newPassword!: string;
}

@InputType({ description: 'Change the bound phone by phone verification (手机核验): codes to the old and the new phone.' })
export class ChangePhoneInput {
  @Field(() => LoginMethod, { defaultValue: LoginMethod.LOGIN_NAME }) loginMethod!: LoginMethod;
  @Field(() => String) identifier!: string;
  @Field(() => String) oldPhoneCode!: string;
  @Field(() => String) newPhone!: string;
  @Field(() => String) newPhoneCode!: string;
}

@ObjectType({ description: 'Result of a recovery step.' })
export class RecoveryPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'A text message held by the development SMS adapter.' })
export class DevSmsMessage {
  @Field(() => ID) id!: string;
  @Field(() => String) phone!: string;
  @Field(() => String) text!: string;
  @Field(() => Date) sentAt!: Date;
}

export const recoveryPayload = (result: { ok: true } | { ok: false; userErrors: UserError[] }): RecoveryPayload =>
  Object.assign(new RecoveryPayload(), { ok: result.ok, userErrors: result.ok ? [] : result.userErrors });
