// OpenAPI document generated from the route schemas (shared/api), served at GET /openapi.json.
import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';

export default fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Mon Compte (sandbox)', version: '1.0.0', description: 'The national Mon Compte back end as the Caf kiosk calls it.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}, { name: 'swagger' });
