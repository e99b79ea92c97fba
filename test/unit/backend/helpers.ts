// Test helpers for the back end: a fresh app on a fresh database per call (SQLite in memory, or PostgreSQL in the
// backend-postgres project: test/support/test-database.ts), a fake clock, and shorthands.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../backend/src/app';
import { FakeClock } from '../../../backend/src/clock';
import type { BackendOptions } from '../../../backend/src/config';
import { freshDatabase } from '../../support/test-database';

/** Seed identities (backend/README.md). */
export const SEED = {
  veronique: { nir: '2780506088101', password: 'Veronique2021', email: 'veronique.fontaine@example.fr', personId: 'p-veronique' },
  marc: { nir: '1760931555102', password: 'Marc2021Conjoint', personId: 'p-marc' },
  lea: { nir: '2080206088103', password: 'LeaFontaine16', mobile: '+33612345603', personId: 'p-lea' },
  robert: { nir: '1450731555104', password: 'Robert1945Papi', personId: 'p-robert' },
  samia: { nir: '2851133063105', password: 'Samia2021Benali', personId: 'p-samia' },
  karim: { nir: '1830433063106', password: 'Karim2021Benali', mobile: '+33612345606', personId: 'p-karim' },
  pierre: { nir: '1600667482107', password: '47110592', personId: 'p-pierre' },
} as const;

export interface TestApp {
  app: FastifyInstance;
  clock: FakeClock;
  call(method: string, url: string, body?: unknown, token?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  login(identifier: string, password: string): Promise<string>;
  /** The code of the newest message sent to an address (sandbox outbox). */
  lastCode(to: string): Promise<string>;
  close(): Promise<void>;
}

export async function makeApp(options: Partial<BackendOptions> = {}): Promise<TestApp> {
  const clock = new FakeClock(Date.now());
  const database = options.databaseUrl ? null : await freshDatabase();
  const app = await buildApp({
    sandbox: true,
    clock,
    ...(database ? { databaseUrl: database.url } : {}),
    rateLimit: { max: 100_000, sensitiveMax: 100_000, timeWindowMs: 60_000 },
    ...options,
  });
  const call: TestApp['call'] = (method, url, body, token, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  return {
    app,
    clock,
    call,
    async login(identifier, password) {
      const res = await call('POST', '/v1/sessions', { identifier, password });
      if (res.statusCode !== 201) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return res.json<{ token: string }>().token;
    },
    async lastCode(to) {
      const res = await call('GET', `/sandbox/outbox?to=${encodeURIComponent(to)}`);
      const code = res.json<{ messages: Array<{ code: string | null }> }>().messages[0]?.code;
      if (!code) throw new Error(`no code sent to ${to}`);
      return code;
    },
    async close() {
      await app.close();
      await database?.drop();
    },
  };
}

export const julie = {
  hasNir: true,
  nir: '2800106088108',
  civilite: 'MADAME',
  nomNaissance: 'Dupont',
  prenoms: 'Julie',
  dateNaissance: '01/01/1980',
  lieuNaissance: { kind: 'france', departement: '06', commune: '06088' },
};
