import { Role, UserError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DeclarationEligibility } from '../eligibility/eligibility.type';
import { previewDeclaration } from '../eligibility/preview';
import { ruleVersionOfDeclaration } from '../rules/rulesets';
import { DeclarationWindow } from '../window/window.type';
import type { DeclarationLoaders } from './declaration.loaders';
import { isEditable } from './declaration.entity';
import { Declaration } from './declaration.type';
import { shownVersion } from './shown-version';
import { createDeclaration, saveDeclarationDraft } from './draft.service';

type Context = SubgraphContext<DeclarationLoaders>;

@InputType()
class CreateDeclarationInput {
  @Field(() => ID) enterpriseId!: string;
  @Field(() => ID, { description: 'An open window of the region the enterprise is registered in; it fixes the tier and rule version.' }) windowId!: string;
}

@ObjectType()
class CreateDeclarationPayload {
  @Field(() => Declaration, { nullable: true }) declaration!: Declaration | null;
  @Field(() => Boolean, { description: 'False when the enterprise already had a declaration in this window (that one is returned).' }) created!: boolean;
  @Field(() => [UserError], { description: 'NOT_FOUND, WINDOW_NOT_AVAILABLE, WINDOW_NOT_OPEN.' }) userErrors!: UserError[];
}

@InputType()
class SaveDeclarationDraftInput {
  @Field(() => ID) declarationId!: string;
  @Field(() => Int, { description: 'The `version` the form was loaded or last saved with.' }) expectedVersion!: number;
  @Field(() => GraphQLJSONObject, { description: 'The whole form (DeclarationData); it replaces what was saved.' }) data!: Record<string, unknown>;
}

@ObjectType()
class SaveDeclarationDraftPayload {
  @Field(() => Declaration, { nullable: true, description: 'The saved declaration with its new version.' }) declaration!: Declaration | null;
  @Field(() => Declaration, { nullable: true, description: 'On VERSION_CONFLICT: the declaration as it is now, to merge with before saving again.' }) current!: Declaration | null;
  @Field(() => [UserError], { description: 'Fields refused (not saved; the rest was), with paths under input.data.' }) problems!: UserError[];
  @Field(() => [UserError], { description: 'NOT_FOUND, NOT_EDITABLE, VERSION_CONFLICT: nothing was saved.' }) userErrors!: UserError[];
}

@Resolver()
export class DraftResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => CreateDeclarationPayload, { description: 'Starts (or returns) the enterprise\'s declaration in a window.' })
  async createDeclaration(@Arg('input', () => CreateDeclarationInput) input: CreateDeclarationInput, @Ctx() ctx: Context): Promise<CreateDeclarationPayload> {
    const result = await createDeclaration(ctx.em, ctx.caller, input);
    return Object.assign(new CreateDeclarationPayload(), result.ok ? { declaration: Declaration.from(result.declaration), created: !!result.created, userErrors: [] } : { declaration: null, created: false, userErrors: result.userErrors });
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => SaveDeclarationDraftPayload, { description: '暂存 and autosave of a draft or returned declaration, refused when another save came first.' })
  async saveDeclarationDraft(@Arg('input', () => SaveDeclarationDraftInput) input: SaveDeclarationDraftInput, @Ctx() ctx: Context): Promise<SaveDeclarationDraftPayload> {
    const result = await saveDeclarationDraft(ctx.em, ctx.caller, input);
    return Object.assign(
      new SaveDeclarationDraftPayload(),
      result.ok
        ? { declaration: Declaration.from(result.declaration), current: null, problems: result.problems, userErrors: [] }
        : { declaration: null, current: result.current ? Declaration.from(result.current) : null, problems: [], userErrors: result.userErrors },
    );
  }
}

@Resolver(() => Declaration)
export class DeclarationFieldsResolver {
  @FieldResolver(() => DeclarationWindow, { nullable: true, description: 'The window (申报批次) it belongs to.' })
  async window(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DeclarationWindow | null> {
    const id = declaration.entity.windowId;
    const row = id ? await ctx.loaders.windowById.load(id) : null;
    return row ? DeclarationWindow.from(row) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: 'The form as saved: inputs only (see the partner guide); computed values are in `eligibility`. While it is returned (RETURNED), offices and partners see the version last submitted; the enterprise its corrections.',
  })
  async data(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    const version = await shownVersion(declaration.entity, ctx.caller, ctx.loaders);
    return (version ?? declaration.entity).data as Record<string, unknown>;
  }

  @FieldResolver(() => DeclarationEligibility, { description: 'The data shown (see `data`) judged under its rule version: conditions, score, computed fields.' })
  async eligibility(@Root() declaration: Declaration, @Ctx() ctx: Context): Promise<DeclarationEligibility> {
    const { entity } = declaration;
    const version = await shownVersion(entity, ctx.caller, ctx.loaders);
    // Once submitted, the development score stored with the submission is the one judged.
    const stored = version ? (version.development?.score ?? null) : isEditable(entity.status) ? null : (entity.developmentScore ?? null);
    return previewDeclaration(ctx.em, entity.enterpriseId, declaration.tier, ruleVersionOfDeclaration(entity), (version ?? entity).data, stored === null ? {} : { developmentScore: stored });
  }
}
