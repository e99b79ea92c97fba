import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, optionsFromEnv, resolveConfig } from '../../../backend/src/config';
import { parseDatabaseUrl } from '../../../backend/src/db/database';

describe('configuration from the environment', () => {
  it('defaults to a sandbox on 127.0.0.1:8787 with an in-memory database', () => {
    const { host, port, backend } = optionsFromEnv({});
    expect({ host, port, sandbox: backend.sandbox, databaseUrl: backend.databaseUrl, smtpUrl: backend.smtpUrl })
      .toEqual({ host: '127.0.0.1', port: 8787, sandbox: true, databaseUrl: 'sqlite::memory:', smtpUrl: undefined });
    expect(backend.rateLimit).toEqual(DEFAULT_RATE_LIMIT);
  });

  it('reads HOST, PORT, DATABASE_URL, SANDBOX, SMTP_URL and the rate limits', () => {
    const { host, port, backend } = optionsFromEnv({
      HOST: '0.0.0.0', PORT: '9000', DATABASE_URL: 'sqlite:/tmp/x.sqlite', SANDBOX: '0', SMTP_URL: 'smtp://h:25',
      RATE_LIMIT: '10', RATE_LIMIT_SENSITIVE: '2',
    });
    expect([host, port, backend.databaseUrl, backend.sandbox, backend.smtpUrl]).toEqual(['0.0.0.0', 9000, 'sqlite:/tmp/x.sqlite', false, 'smtp://h:25']);
    expect(backend.rateLimit).toMatchObject({ max: 10, sensitiveMax: 2 });
  });

  it('allows only the Electron app origin by default', () => {
    expect(resolveConfig({ sandbox: true }).corsOrigins).toEqual(['app://kiosk']);
  });

  it('understands sqlite URLs and refuses the others clearly', () => {
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl('sqlite:data/a.sqlite')).toEqual({ kind: 'sqlite', path: 'data/a.sqlite' });
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/path/);
    expect(() => parseDatabaseUrl('postgres://u@h/db')).toThrow(/postgres:/);
  });
});
