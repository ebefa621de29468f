import { getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';

/**
 * Every root field must say who may call it: `@Public()` or `@Authorized(...)`. A field with
 * neither fails the schema build, so it fails every test and `npm run codegen` before it can
 * ship. (Row-level rules, e.g. an office's region, live in the services.)
 */
export function assertRootFieldAccess(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((field) => `${field.target.name}.${field.fieldName}`));
  const authorizedClasses = new Set(storage.authorizedResolver.map((entry) => entry.target.name));
  const resolvers = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
  const undeclared: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.extensions?.access === 'public') continue;
      const resolver = resolvers.find((r) => r.schemaName === field.name);
      const declared = resolver && (authorized.has(`${resolver.target.name}.${resolver.methodName}`) || authorizedClasses.has(resolver.target.name));
      if (!declared) undeclared.push(`${root!.name}.${field.name}`);
    }
  }
  if (undeclared.length > 0) {
    throw new TypeError(`root fields without an access rule (add @Public() or @Authorized(...)): ${undeclared.join(', ')}`);
  }
}
