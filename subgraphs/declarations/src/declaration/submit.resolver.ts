import { Role, UserError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { DeclarationLoaders } from './declaration.loaders';
import { DeclarationEntity, ReviewLevel } from './declaration.entity';
import { Declaration } from './declaration.type';
import { announceStatusChange, DECLARATION_STATUS_CHANGED, type StatusChanged } from './status-changed';
import { reviewRoute, submitDeclaration } from './submit.service';

type Context = SubgraphContext<DeclarationLoaders>;


@InputType()
class SubmitDeclarationInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int, { description: 'The version shown when the user confirmed: what is submitted is exactly that.' }) expectedVersion!: number;
  @Field(() => Boolean, { description: '真实性声明 and 合规经营承诺, accepted by the user.' }) truthfulnessDeclarationAccepted!: boolean;
}

@ObjectType()
class SubmitDeclarationPayload {
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => Int, { nullable: true, description: 'The number of the version now frozen (1, then 2 after a return …).' }) versionNumber!: number | null;
  @Field(() => [UserError], { description: 'Everything that keeps it from being submitted, each with the condition or indicator it is about (INCOMPLETE, CONDITION_NOT_MET, ASSESSMENT_REQUIRED), or NOT_FOUND, NOT_SUBMITTABLE, VERSION_CONFLICT, DECLARATION_NOT_ACCEPTED, WINDOW_CLOSED.' })
  userErrors!: UserError[];
}

@Resolver(() => Declaration)
export class SubmitResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => SubmitDeclarationPayload, { description: 'Submits the declaration for review (idempotent: the same version submitted twice is submitted once).' })
  async submitDeclaration(@Arg('input', () => SubmitDeclarationInput) input: SubmitDeclarationInput, @Ctx() ctx: Context): Promise<SubmitDeclarationPayload> {
    const result = await submitDeclaration(ctx.em, ctx.caller, input);
    if (!result.ok) return Object.assign(new SubmitDeclarationPayload(), { declaration: null, versionNumber: null, userErrors: result.userErrors });
    announceStatusChange(ctx.pubSub, result.declaration);
    return Object.assign(new SubmitDeclarationPayload(), { declaration: Declaration.from(result.declaration), versionNumber: result.version.number, userErrors: [] });
  }

  @FieldResolver(() => [ReviewLevel], { description: 'The offices it goes through, in order: county, city, province (and the ministry for 小巨人). Shown before the user confirms.' })
  reviewRoute(@Root() declaration: Declaration): ReviewLevel[] {
    return reviewRoute(declaration.tier);
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @Subscription(() => Declaration, {
    topics: DECLARATION_STATUS_CHANGED,
    description: "Each status change of the signed-in enterprise's declarations, as it happens.",
    filter: ({ payload, context }: { payload: StatusChanged; context: Context }) =>
      context.caller.kind === 'account' && (context.caller.enterpriseId === payload.enterpriseId || context.caller.roles.includes(Role.ADMIN)),
  })
  async declarationStatusChanged(@Root() event: StatusChanged, @Ctx() ctx: Context): Promise<Declaration> {
    // The subscription's context outlives requests: read through a fresh fork.
    return Declaration.from(await ctx.em.fork().findOneOrFail(DeclarationEntity, { id: event.declarationId }));
  }
}
