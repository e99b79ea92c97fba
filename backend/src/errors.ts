// The back end's one error type. Thrown anywhere in a service; the error handler (plugins/app/error-handler.ts)
// turns it into the ApiError shape with the HTTP status of its code (shared/api/errors.ts).
import { ERROR_CODES, type ErrorCode } from '../../shared/api/errors';

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    status?: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status ?? (ERROR_CODES as Record<string, number>)[code] ?? 400;
  }
}

export const fail = (code: ErrorCode, message: string, field?: string, headers?: Record<string, string>) =>
  new HttpError(code, message, field, undefined, headers);

/** A domain check's failure: its code (e.g. `nir.key`) names the rule, `field` the input. */
export const invalid = (code: string, field: string, status = 400) =>
  new HttpError(code, `Invalid ${field}: ${code}`, field, status);

/** Seconds for a Retry-After header (at least 1). */
export const retryAfter = (untilMs: number, nowMs: number) => ({
  'retry-after': String(Math.max(1, Math.ceil((untilMs - nowMs) / 1000))),
});
