import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Stubs of entities owned by another subgraph, for subgraphs that add fields to them or
 * return references to them. Only the key is known here; the owner resolves the rest.
 */
@Directive('@key(fields: "id")')
@ObjectType('Enterprise')
export class EnterpriseReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): EnterpriseReference {
    return Object.assign(new EnterpriseReference(), { id });
  }
}

@Directive('@key(fields: "id")')
@ObjectType('Account')
export class AccountReference {
  @Field(() => ID)
  id!: string;

  static of(id: string): AccountReference {
    return Object.assign(new AccountReference(), { id });
  }
}
