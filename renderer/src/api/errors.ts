// What went wrong with a call, in the terms the screens need: the back end answered with its error shape
// ({code, message, field?} of shared/api/errors.ts), or it could not be reached (network down, timeout, 5xx behind a
// proxy). A screen shows the first on the field concerned and the second as a calm "Réessayer" message.
import { isAxiosError } from 'axios';

export type ApiFailure =
  | { kind: 'api'; status: number; code: string; field: string | null; retryAfterSeconds: number | null }
  | { kind: 'unreachable' }
  | { kind: 'slow' };

function isErrorBody(data: unknown): data is { code: string; field?: string } {
  return typeof data === 'object' && data !== null && typeof (data as { code?: unknown }).code === 'string';
}

export function toApiFailure(error: unknown): ApiFailure {
  if (isAxiosError(error)) {
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') return { kind: 'slow' };
    const response = error.response;
    if (response && isErrorBody(response.data) && response.status < 500) {
      const retry = Number(response.headers?.['retry-after']);
      return {
        kind: 'api',
        status: response.status,
        code: response.data.code,
        field: response.data.field ?? null,
        retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null,
      };
    }
  }
  // No answer, a 5xx or anything unexpected: the visitor can only wait and retry; nothing typed is lost.
  return { kind: 'unreachable' };
}
