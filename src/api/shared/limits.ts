/**
 * Limits that keep one query from costing the server too much: nesting depth (a validation rule) and
 * estimated cost (checked with graphql-query-complexity once variables are known). Both come from config.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';

/** Code of both limit errors: the query is valid GraphQL but not acceptable to this server. */
const LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

function selectionDepth(set: SelectionSetNode, context: ValidationContext, inFragments: Set<string>): number {
  let deepest = 0;
  for (const selection of set.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) nests deeply by design and is cheap: it does not count.
      if (selection.name.value.startsWith('__')) continue;
      depth = 1 + (selection.selectionSet ? selectionDepth(selection.selectionSet, context, inFragments) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, context, inFragments);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; here it just stops.
      if (fragment === null || fragment === undefined || inFragments.has(name)) continue;
      inFragments.add(name);
      depth = selectionDepth(fragment.selectionSet, context, inFragments);
      inFragments.delete(name);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** A validation rule refusing operations nested deeper than `maxDepth` fields (`{ entity { name } }` is 2). */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return function depthLimit(context: ValidationContext): ASTVisitor {
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, context, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; this server allows at most ${maxDepth}.`, {
              nodes: [operation],
              extensions: { code: LIMIT_CODE, depth, maxDepth },
            }),
          );
        }
      },
    };
  };
}

/**
 * Cost of a field: 1, plus its selection; a paginated field (one with `first`) multiplies its selection by the
 * page size it asks for, and a capped field (one with `limit`, such as `neighbourhood` or `path`) by its cap,
 * so nested lists are priced by the rows they can return.
 */
export function pagedFieldEstimator(maxPageSize: number): ComplexityEstimator {
  const defaultPage = Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  return ({ field, args, childComplexity }) => {
    const sizeArg = ['first', 'limit'].find((name) => field.args.some((arg) => arg.name === name));
    if (sizeArg === undefined) return 1 + childComplexity;
    const given: unknown = args[sizeArg];
    const size = typeof given === 'number' ? given : defaultPage;
    return 1 + Math.max(size, 1) * childComplexity;
  };
}

/** How many priced variable sets are remembered per query document. */
const PRICES_PER_DOCUMENT = 64;

/**
 * What the price of an operation depends on besides its document: its name and the values of its `Int`
 * variables (only page sizes and caps change the price; ids and search texts do not).
 */
function priceKey(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): string {
  const sizes: unknown[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') sizes.push(variables[variable.variable.name.value] ?? null);
    }
  }
  return JSON.stringify([operationName ?? null, sizes]);
}

/**
 * Apollo plugin refusing operations whose estimated cost exceeds `maxComplexity`. Prices are remembered per
 * parsed document (Apollo reuses the parsed document of a repeated query text), so a query sent again with
 * other ids is not priced again.
 */
export function complexityLimitPlugin<TContext extends object>(options: {
  maxComplexity: number;
  maxPageSize: number;
}): ApolloServerPlugin<TContext> {
  const estimators = [pagedFieldEstimator(options.maxPageSize)];
  const prices = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const key = priceKey(document, request.operationName, variables);
          let known = prices.get(document);
          let complexity = known?.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                query: document,
                variables,
                ...(request.operationName ? { operationName: request.operationName } : {}),
                estimators,
              });
            } catch (error) {
              // Invalid variables: execution refuses them next with BAD_USER_INPUT and a precise message.
              if (error instanceof GraphQLError) return;
              throw error;
            }
            if (known === undefined) {
              known = new Map();
              prices.set(document, known);
            }
            if (known.size >= PRICES_PER_DOCUMENT) known.clear();
            known.set(key, complexity);
          }
          if (complexity > options.maxComplexity) {
            throw new GraphQLError(
              `The query would cost ${complexity} (fields × page sizes); this server allows at most ` +
                `${options.maxComplexity}. Ask for smaller pages or fewer nested lists.`,
              {
                extensions: {
                  code: LIMIT_CODE,
                  complexity,
                  maxComplexity: options.maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
