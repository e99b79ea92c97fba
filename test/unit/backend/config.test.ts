import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, franceconnectFromEnv, optionsFromEnv, resolveConfig } from '../../../backend/src/config';
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

  it('understands sqlite and postgres URLs and refuses the others clearly', () => {
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl('sqlite:data/a.sqlite')).toEqual({ kind: 'sqlite', path: 'data/a.sqlite' });
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/path/);
    expect(parseDatabaseUrl('postgres://u@h/db')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(() => parseDatabaseUrl('mysql://u@h/db')).toThrow(/mysql:/);
  });
});

describe('a real FranceConnect from the environment', () => {
  const SECRET = 's3cr3t-0f-m0n-c0mpte-at-franceconnect';
  const all = {
    FRANCECONNECT_ISSUER: 'https://fcp-low.integ01.dev-franceconnect.fr/api/v2',
    FRANCECONNECT_CLIENT_ID: 'mon-compte-caf',
    FRANCECONNECT_CLIENT_SECRET: SECRET,
  };

  it('is read when the three variables are set, and passed to the back end', () => {
    const provider = { issuer: all.FRANCECONNECT_ISSUER, clientId: 'mon-compte-caf', clientSecret: SECRET };
    expect(franceconnectFromEnv(all)).toEqual(provider);
    expect(optionsFromEnv(all).backend.franceconnect).toEqual(provider);
    expect(resolveConfig(optionsFromEnv(all).backend).franceconnect).toEqual(provider);
  });

  it('is absent when none is set (or all are blank): the simulator in the sandbox, no FranceConnect otherwise', () => {
    expect(franceconnectFromEnv({})).toBeUndefined();
    expect(franceconnectFromEnv({ FRANCECONNECT_ISSUER: '', FRANCECONNECT_CLIENT_ID: ' ', FRANCECONNECT_CLIENT_SECRET: '' })).toBeUndefined();
    expect(resolveConfig(optionsFromEnv({}).backend).franceconnect).toBeUndefined();
  });

  it('stops the start on a partial set, naming what is missing and never the secret', () => {
    for (const missing of Object.keys(all) as Array<keyof typeof all>) {
      const env: Record<string, string> = { ...all };
      delete env[missing];
      expect(() => optionsFromEnv(env), missing).toThrow(new RegExp(`missing: ${missing}$`));
    }
    let message = '';
    try {
      franceconnectFromEnv({ FRANCECONNECT_CLIENT_SECRET: SECRET, FRANCECONNECT_CLIENT_ID: ' ' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('FranceConnect needs FRANCECONNECT_ISSUER, FRANCECONNECT_CLIENT_ID, FRANCECONNECT_CLIENT_SECRET together (or none of them); missing: FRANCECONNECT_ISSUER, FRANCECONNECT_CLIENT_ID');
  });

  it('stops the start on an issuer that is not an https URL without query, fragment or credentials', () => {
    for (const issuer of ['fcp.integ01.dev-franceconnect.fr', 'not a url', 'http://fcp.example.fr/api/v2', 'ftp://fcp.example.fr/api/v2',
      'https://fcp.example.fr/api/v2?x=1', 'https://fcp.example.fr/api/v2#a', 'https://user:pw@fcp.example.fr/api/v2']) {
      expect(() => franceconnectFromEnv({ ...all, FRANCECONNECT_ISSUER: issuer }), issuer).toThrow(/^FRANCECONNECT_ISSUER /);
    }
    // Plain http only on the loopback (a local test provider).
    for (const issuer of ['http://127.0.0.1:9000/api/v2', 'http://localhost:9000/api/v2', 'http://[::1]:9000/api/v2']) {
      expect(franceconnectFromEnv({ ...all, FRANCECONNECT_ISSUER: issuer })?.issuer, issuer).toBe(issuer);
    }
  });
});
