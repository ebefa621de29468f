// A tiny graphql-codegen plugin: typed React hooks (useXxxQuery, useXxxMutation, …) for every
// operation, as thin wrappers over Apollo Client 4's own hooks and the TypedDocumentNodes that
// the client preset emits in the same file. Why not typescript-react-apollo 5.0.0: it targets the
// Apollo Client 3 API — its suspense hooks do not type-check against Apollo Client 4 and its
// mutation helpers use types Apollo Client 4 removed (MutationFunction, BaseMutationOptions).
import { Kind } from 'graphql';

const HOOKS = {
  query: [
    ['Query', 'useQuery', (d, v) => `useQuery.Options<${d}, ${v}>`],
    ['LazyQuery', 'useLazyQuery', (d, v) => `useLazyQuery.Options<${d}, ${v}>`],
    ['SuspenseQuery', 'useSuspenseQuery', (_d, v) => `useSuspenseQuery.Options<${v}>`],
  ],
  mutation: [['Mutation', 'useMutation', (d, v) => `useMutation.Options<${d}, ${v}>`]],
  subscription: [['Subscription', 'useSubscription', (d, v) => `useSubscription.Options<${d}, ${v}>`]],
};

// Lazy queries and mutations take their variables when they are executed, not when the hook runs.
const VARIABLES_AT_CALL_TIME = new Set(['LazyQuery', 'Mutation']);

const hasRequiredVariables = (operation) =>
  (operation.variableDefinitions ?? []).some(
    (definition) => definition.type.kind === Kind.NON_NULL_TYPE && definition.defaultValue === undefined,
  );

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export function plugin(_schema, documents) {
    const used = new Set();
    const blocks = [];
    for (const { document, location } of documents) {
      for (const definition of document?.definitions ?? []) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = definition.name?.value;
        // Names are used verbatim in type and hook names, so they must already be PascalCase
        // (typescript-operations would otherwise change their case and the wrappers would miss).
        if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
          throw new Error(`${location ?? 'document'}: operations need a PascalCase name, got "${name ?? ''}"`);
        }
        const kind = definition.operation[0].toUpperCase() + definition.operation.slice(1);
        const data = `${name}${kind}`;
        const variables = `${data}Variables`;
        const required = hasRequiredVariables(definition);
        for (const [suffix, hook, optionsType] of HOOKS[definition.operation]) {
          used.add(hook);
          const optional = required && !VARIABLES_AT_CALL_TIME.has(suffix) ? '' : '?';
          blocks.push(
            `/** \`${hook}\` bound to the \`${name}\` ${definition.operation}. */\n` +
              `export function use${name}${suffix}(options${optional}: ${optionsType(data, variables)}) {\n` +
              `  return ${hook}(${name}Document, options);\n` +
              `}`,
          );
        }
      }
    }
    if (blocks.length === 0) return { content: '' };
    return {
      prepend: [`import { ${[...used].sort().join(', ')} } from '@apollo/client/react';`],
      content: `\n${blocks.join('\n\n')}\n`,
    };
}
