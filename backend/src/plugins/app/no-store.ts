// No answer of the back end may stay in a browser's HTTP cache (issue 16): web mode left the full bodies of /v1/me,
// /v1/me/dashboard and /v1/me/payments in the disk cache of the kiosk's profile, for the next visitor to find. Every
// answer, authenticated or not, error or not, carries Cache-Control: no-store (RFC 9111 §5.2.2.5) unless its route
// set its own.
import fp from 'fastify-plugin';

export default fp(async (app) => {
  // A callback hook, not an async one: every answer runs it, and it has nothing to wait for.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}, { name: 'no-store' });
