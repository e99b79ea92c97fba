// The result of every rule of shared/domain: the normalised value, or a stable error code. The renderer translates the
// code (vue-i18n) and the back end returns it as its error `code`, so the same words reach the visitor either way.
export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Check<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Check<T> {
  return { ok: false, error };
}

// Calendar date without time zone: a birth date is a civil date, never an instant.
export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}
