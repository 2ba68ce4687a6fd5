/**
 * Compiled execution of queries (graphql-jit): each validated document is compiled once into a
 * JavaScript function that runs its selection set without graphql-js's per-field walk (field
 * collection, argument coercion and completion decided again for each of a page's hundreds of
 * fields). Mutations keep graphql-js: they are rare, and their order of effects is its to keep.
 */
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";

/** What a document compiled to: a function, or undefined when graphql-js must run it. */
type Compiled = CompiledQuery | undefined;

/**
 * Compiled queries by document, then operation name. Keyed by the document object, which yoga's
 * parser cache hands out again for the same text: the entry goes when yoga's LRU drops the document.
 */
const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

function compile(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) {
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) {
    byOperation = new Map();
    compiledByDocument.set(document, byOperation);
  }
  const key = operationName ?? "";
  if (byOperation.has(key)) return byOperation.get(key);
  let compiled: Compiled;
  if (getOperationAST(document, operationName)?.operation === "query") {
    const result = compileQuery(schema, document, operationName ?? undefined, {
      // Stack traces of resolver errors are never shown (masking) and cost time to capture.
      disablingCapturingStackErrors: true,
    });
    // A document jit cannot compile runs on graphql-js, which reports it as graphql-js does.
    compiled = isCompiledQuery(result) ? result : undefined;
  }
  byOperation.set(key, compiled);
  return compiled;
}

/** Runs queries through their compiled form; anything else through `fallback` (graphql-js). */
export function createJitExecute(
  fallback: (args: ExecutionArgs) => unknown,
): (args: ExecutionArgs) => unknown {
  return (args) => {
    const compiled = compile(args.schema, args.document, args.operationName);
    if (!compiled) return fallback(args);
    return compiled.query(args.rootValue, args.contextValue, args.variableValues) as
      | ExecutionResult
      | Promise<ExecutionResult>;
  };
}

/** The yoga plugin: swaps the execute function for the compiled one. */
export function useJit(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(createJitExecute(executeFn) as typeof executeFn);
    },
  };
}
