// Runs in Node. The one error type backend code throws on purpose; anything else is "internal".
import type { ApiError, ApiErrorCode } from '../../common/contract.js';

export class LecternError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LecternError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}
