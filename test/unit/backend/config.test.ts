import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, franceconnectFromEnv, optionsFromEnv, resolveConfig, trustedProxiesFromEnv } from '../../../backend/src/config';
import { parseDatabaseUrl } from '../../../backend/src/db/database';

describe('configuration from the environment', () => {
  it('refuses to start without SANDBOX=1 or a real configuration, naming what is missing (fail closed)', () => {
    expect(() => optionsFromEnv({})).toThrow(/SANDBOX=1 is not set and DATABASE_URL is missing/);
    expect(() => optionsFromEnv({ SANDBOX: 'true' })).toThrow(/DATABASE_URL is missing/);
    expect(() => optionsFromEnv({ SANDBOX: '0', DATABASE_URL: 'sqlite::memory:' })).toThrow(/sqlite:PATH/);
    expect(optionsFromEnv({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).backend.sandbox).toBe(false);
  });

  it('runs the sandbox on 127.0.0.1:8787 with an in-memory database when SANDBOX=1', () => {
    const { host, port, backend } = optionsFromEnv({ SANDBOX: '1' });
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

  it('trusts no reverse proxy by default, and only a list of addresses or CIDR ranges in TRUST_PROXY', () => {
    expect(optionsFromEnv({ SANDBOX: '1' }).backend.trustedProxies).toEqual([]);
    expect(optionsFromEnv({ SANDBOX: '1', TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16,::1 ' }).backend.trustedProxies).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    for (const bad of ['true', '*', '1', 'proxy.internal', '10.0.0.0/33', '10.0.0.0/8/1']) {
      expect(() => trustedProxiesFromEnv(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('allows only the Electron app origin by default', () => {
    expect(resolveConfig({ sandbox: true }).corsOrigins).toEqual(['app://kiosk']);
    expect(resolveConfig({ sandbox: true }).kioskOrigins).toEqual(['app://kiosk']);
  });

  it('adds the web kiosks of WEB_KIOSK_ORIGINS to app://kiosk, and refuses what is not an origin', () => {
    const { backend } = optionsFromEnv({ SANDBOX: '1', WEB_KIOSK_ORIGINS: 'http://localhost:5173, https://borne.caf.example/' });
    expect(resolveConfig(backend).kioskOrigins).toEqual(['app://kiosk', 'http://localhost:5173', 'https://borne.caf.example']);
    for (const bad of ['localhost:5173', 'http://localhost:5173/kiosk', 'ftp://x', 'http://u:p@x']) {
      expect(() => optionsFromEnv({ SANDBOX: '1', WEB_KIOSK_ORIGINS: bad }), bad).toThrow(/WEB_KIOSK_ORIGINS/);
    }
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
    expect(optionsFromEnv({ ...all, SANDBOX: '1' }).backend.franceconnect).toEqual(provider);
    expect(resolveConfig(optionsFromEnv({ ...all, SANDBOX: '1' }).backend).franceconnect).toEqual(provider);
  });

  it('is absent when none is set (or all are blank): the simulator in the sandbox, no FranceConnect otherwise', () => {
    expect(franceconnectFromEnv({})).toBeUndefined();
    expect(franceconnectFromEnv({ FRANCECONNECT_ISSUER: '', FRANCECONNECT_CLIENT_ID: ' ', FRANCECONNECT_CLIENT_SECRET: '' })).toBeUndefined();
    expect(resolveConfig(optionsFromEnv({ SANDBOX: '1' }).backend).franceconnect).toBeUndefined();
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
