import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../backend/src/app';

describe('the back end app factory', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ sandbox: true });
  });
  afterAll(() => app.close());

  it('answers its health check without listening on a port', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', sandbox: true });
  });
});
