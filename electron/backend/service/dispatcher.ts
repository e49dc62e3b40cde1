// Runs in Node. The single entry point both transports use: validate, call, wrap in a Result.
import { API_METHODS, type ApiMethod, type LecternApi, type Result } from '../../common/contract.js';
import { argsSchemas, describeIssues } from '../../common/schemas.js';
import { LecternError } from './api-error.js';

export interface Dispatcher {
  /** Never throws: unknown methods, invalid arguments and failures all come back as errors. */
  call(method: string, args: unknown): Promise<Result<unknown>>;
}

const knownMethods: ReadonlySet<string> = new Set(API_METHODS);

function isApiMethod(method: string): method is ApiMethod {
  return knownMethods.has(method);
}

export function createDispatcher(api: LecternApi): Dispatcher {
  return {
    async call(method, args) {
      if (!isApiMethod(method)) {
        return { ok: false, error: { code: 'not-found', message: `There is no API method named "${method}".` } };
      }
      const parsed = argsSchemas[method].safeParse(args);
      if (!parsed.success) {
        const message = `Invalid arguments for ${method}: ${describeIssues(parsed.error)}`;
        return { ok: false, error: { code: 'invalid-argument', message } };
      }
      try {
        const implementation = api[method] as (...a: unknown[]) => Promise<unknown>;
        const value = await implementation.apply(api, parsed.data as unknown[]);
        return { ok: true, value: value ?? null };
      } catch (error) {
        if (error instanceof LecternError) return { ok: false, error: error.toApiError() };
        console.error(`lectern: ${method} failed:`, error);
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: `Something went wrong in ${method}: ${detail}` } };
      }
    },
  };
}
