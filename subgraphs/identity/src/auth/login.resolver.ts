import { Public, UserError } from '@zjtx/subgraph-kit';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Account } from '../account/account.type';
import type { IdentityContext } from '../context';
import { login } from './login.service';
import type { SigningKeys } from './signing-keys';

@InputType({ description: 'Credentials for signing in with a login name.' })
class LoginInput {
  @Field(() => String)
  loginName!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType({ description: 'Result of signing in: a short-lived access token, or why not.' })
class LoginPayload {
  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header; expires after 15 minutes.' })
  accessToken!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** The resolver needs the signing keys, which exist only once the database is reachable. */
export function createLoginResolver(keys: () => SigningKeys) {
  @Resolver()
  class LoginResolver {
    @Public()
    @Mutation(() => LoginPayload, { description: 'Sign in (登录) with login name and password.' })
    async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: IdentityContext): Promise<LoginPayload> {
      const result = await login(ctx.em, keys(), input.loginName, input.password);
      return Object.assign(
        new LoginPayload(),
        result.ok
          ? { account: result.account, accessToken: result.accessToken, expiresAt: result.expiresAt, userErrors: [] }
          : { account: null, accessToken: null, expiresAt: null, userErrors: result.userErrors },
      );
    }
  }
  return LoginResolver;
}
