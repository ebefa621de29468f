import { UserError } from '@zjtx/subgraph-kit';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../account/account.type';
import { LoginMethod } from '../account/identifier';
import { RecoveryOption, RegistrationKind } from '../registration/register.service';

registerEnumType(LoginMethod, { name: 'LoginMethod', description: 'How the account is named at sign-in: login name, or USCC (legal persons).' });
registerEnumType(RegistrationKind, { name: 'RegistrationKind', description: '法人 (legal person: may declare) or 自然人 (natural person: may look, not declare).' });
registerEnumType(RecoveryOption, { name: 'RecoveryOption', description: 'Ways back into an account whose USCC is already registered (the FAQ\'s steps).' });

@ObjectType({ description: 'Password rules, to show before the user types.' })
export class PasswordPolicy {
  @Field(() => Int) minLength!: number;
  @Field(() => Int) maxLength!: number;
  @Field(() => Int, { description: 'How many of lower case, upper case, digits, symbols a password must mix.' }) requiredClasses!: number;
  @Field(() => String) description!: string;
}

@InputType({ description: 'Registration (注册) of a legal or natural person.' })
export class RegisterInput {
  @Field(() => RegistrationKind) kind!: RegistrationKind;
  @Field(() => String, { description: '4–32 letters, digits, _ - .' }) loginName!: string;
  @Field(() => String) password!: string;
  @Field(() => String, { description: 'Mainland mobile number, verified by `smsCode`.' }) phone!: string;
  @Field(() => String, { description: 'From requestSmsCode(purpose: REGISTER).' }) smsCode!: string;
  @Field(() => String, { description: 'Natural person: the person\'s name; legal person: the contact person.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Legal persons: 统一社会信用代码 (check character validated).' }) uscc?: string | null;
  @Field(() => String, { nullable: true, description: 'Legal persons: enterprise name as on the business licence.' }) enterpriseName?: string | null;
  @Field(() => String, { nullable: true, description: 'Legal persons: 法定代表人.' }) legalRepresentative?: string | null;
}

@InputType({ description: 'Credentials for signing in.' })
export class LoginInput {
  @Field(() => LoginMethod, { defaultValue: LoginMethod.LOGIN_NAME }) method!: LoginMethod;
  @Field(() => String, { description: 'Login name, or USCC when method is USCC.' }) identifier!: string;
  @Field(() => String) password!: string;
}

@ObjectType({ description: 'A signed-in session: a short-lived access token (the refresh token travels in the httpOnly cookie `zjtx_rt`), or why not.' })
export class LoginPayload {
  @Field(() => Account, { nullable: true }) account!: Account | null;
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header; expires after 15 minutes.' }) accessToken!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the account is locked after repeated failures: until when.' }) lockedUntil!: Date | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'Result of registering: signed in at once, or why not.' })
export class RegisterPayload extends LoginPayload {
  @Field(() => [RecoveryOption], { nullable: true, description: 'Set when the USCC is already registered: where to go instead.' })
  recoveryOptions!: RecoveryOption[] | null;
}

@ObjectType({ description: 'Result of signing out.' })
export class LogoutPayload {
  @Field(() => Boolean) ok!: boolean;
}

export function loginPayload(values: Partial<RegisterPayload>): RegisterPayload {
  return Object.assign(new RegisterPayload(), { account: null, accessToken: null, expiresAt: null, lockedUntil: null, userErrors: [], recoveryOptions: null, ...values });
}
