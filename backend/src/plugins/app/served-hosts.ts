// DNS rebinding (issue 16): a back end listening on the loopback (the kiosk's embedded sandbox, `npm start`, a laptop
// in workshop mode) is reachable from any web page the machine's browser opens, under any name that resolves to
// 127.0.0.1. A page of evil.example whose DNS answer flips to 127.0.0.1 talks to it as "same origin" — its requests carry
// `Host: evil.example`. Such a back end answers only the host names it is reached by (its loopback names, its public
// URL's): anything else gets 421 request.host before any route, rate limit or CORS sees it. A missing Host is refused
// too. Outside the loopback (behind the agency's reverse proxy) `hosts` is not set and nothing is checked here.
import fp from 'fastify-plugin';

export default fp<{ hosts: readonly string[] | undefined }>(async (app, opts) => {
  const served = opts.hosts ? new Set(opts.hosts.map((host) => host.toLowerCase())) : null;
  if (!served) return;
  // A callback hook, not an async one: every request runs it, and it has nothing to wait for.
  app.addHook('onRequest', (request, reply, done) => {
    if (served.has(request.hostname.toLowerCase())) return done();
    reply.code(421).send({ code: 'request.host', message: 'This back end does not serve this Host' });
  });
}, { name: 'served-hosts' });

/** Names the loopback is reached by (Fastify's request.hostname: no port, IPv6 in brackets). */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The host names a back end listening on `listenHost` serves: on the loopback, its loopback names and the host of
 * its public URL (where FranceConnect sends browsers back); elsewhere undefined (not checked: see above).
 */
export function servedHosts(listenHost: string, publicUrl: string | undefined): string[] | undefined {
  const loopback = listenHost === 'localhost' || listenHost === '::1' || /^127\.\d+\.\d+\.\d+$/.test(listenHost);
  if (!loopback) return undefined;
  const named = /^127\./.test(listenHost) ? [listenHost] : [];
  return [...new Set([...LOOPBACK_NAMES, ...named, ...(publicUrl ? [new URL(publicUrl).hostname] : [])])];
}
