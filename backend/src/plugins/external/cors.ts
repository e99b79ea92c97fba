// CORS: only the Electron app's own origin (app://kiosk) may call from a browser context. The web mode goes through
// a same-origin proxy (vite.web.config.ts), so it needs no exception.
import cors from '@fastify/cors';
import fp from 'fastify-plugin';

export default fp<{ origins: string[] }>(async (app, opts) => {
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && opts.origins.includes(origin)),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Kiosk-Site'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
}, { name: 'cors' });
