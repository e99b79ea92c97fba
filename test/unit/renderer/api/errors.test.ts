import { AxiosError, AxiosHeaders } from 'axios';
import { describe, expect, it } from 'vitest';
import { toApiFailure } from '@renderer/api/errors';

function answered(status: number, data: unknown, headers: Record<string, string> = {}) {
  const config = { headers: new AxiosHeaders() };
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status, statusText: '', data, headers, config,
  });
}

describe('what a failed call means to a screen', () => {
  it('keeps the code, the field and the Retry-After of a back-end refusal', () => {
    expect(toApiFailure(answered(429, { code: 'code.cooldown', message: 'x' }, { 'retry-after': '12' }))).toEqual({
      kind: 'api', status: 429, code: 'code.cooldown', field: null, retryAfterSeconds: 12,
    });
    expect(toApiFailure(answered(422, { code: 'nir.inconsistent', message: 'x', field: 'dateNaissance' }))).toMatchObject({
      code: 'nir.inconsistent', field: 'dateNaissance',
    });
  });

  it('calls a timeout slow and a missing answer or a server error unreachable', () => {
    expect(toApiFailure(new AxiosError('timeout', 'ECONNABORTED'))).toEqual({ kind: 'slow' });
    expect(toApiFailure(new AxiosError('Network Error', 'ERR_NETWORK'))).toEqual({ kind: 'unreachable' });
    expect(toApiFailure(answered(502, '<html>bad gateway</html>'))).toEqual({ kind: 'unreachable' });
    expect(toApiFailure(new Error('boom'))).toEqual({ kind: 'unreachable' });
  });
});
