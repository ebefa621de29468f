import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { pickText, type LocalizedText } from '../locale';

/**
 * An expected business failure, returned as data in a mutation payload:
 * `{ <entity>, userErrors { field code message } }` in all five subgraphs.
 */
@Directive('@shareable')
@ObjectType({ description: 'A problem with the input of a mutation that the caller can fix.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, if one is.' })
  field!: string[] | null;

  @Field(() => String, { description: 'Stable machine-readable code, e.g. `INVALID_POSTCODE`.' })
  code!: string;

  @Field(() => String, { description: 'What went wrong and what to do, in the language of `Accept-Language` (zh-CN by default, or en).' })
  message!: string;

  /** The message in every language it was written in; `message` picks one per request. */
  text!: LocalizedText;
}

/**
 * Answers `message` in the caller's language. A subgraph whose payloads carry user errors lists
 * it among its resolvers; without it `message` is the Chinese text.
 */
@Resolver(() => UserError)
export class UserErrorResolver {
  @FieldResolver(() => String)
  message(@Root() error: UserError, @Ctx() ctx: SubgraphContext): string {
    return pickText(error.text, ctx.locale);
  }
}

/** A user error; `message` is Chinese only, or `{ zh, en }` for both languages. */
export function userError(code: string, message: string | LocalizedText, field?: string[]): UserError {
  const text = typeof message === 'string' ? { zh: message } : message;
  return Object.assign(new UserError(), { code, text, message: text.zh, field: field ?? null });
}
