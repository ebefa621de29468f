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

/**
 * A GB/T 2260 region (profile owns the catalogue): return one and the gateway asks profile
 * for its name and path, once per request for all of them, instead of a client query per code.
 */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Region')
export class RegionReference {
  @Field(() => String)
  code!: string;

  static of(code: string): RegionReference {
    return Object.assign(new RegionReference(), { code });
  }
}
