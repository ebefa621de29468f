import { Authorized, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../auth/access';
import { buildFederatedSchema } from './federated-schema';

@Resolver()
class DeclaredResolver {
  @Public()
  @Query(() => String)
  open(): string {
    return 'anyone';
  }

  @Authorized('ADMIN')
  @Mutation(() => String)
  guarded(): string {
    return 'admins';
  }
}

@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  forgotten(): string {
    return 'nobody said who may call this';
  }
}

describe('root field access rules', () => {
  it('builds when every root field is @Public or @Authorized', async () => {
    await expect(buildFederatedSchema({ resolvers: [DeclaredResolver] })).resolves.toBeDefined();
  });

  it('refuses to build a schema with a root field that declares neither', async () => {
    await expect(buildFederatedSchema({ resolvers: [DeclaredResolver, ForgetfulResolver] })).rejects.toThrow('Query.forgotten');
  });
});
