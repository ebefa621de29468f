import { Directive, Field, ObjectType } from 'type-graphql';

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

  @Field(() => String, { description: 'What went wrong and what to do, in the requested language (zh-CN by default).' })
  message!: string;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}
