// pino options: secrets never reach the log. Redacted: the Authorization header, every password, code, token, NIR,
// identifier and FranceConnect client secret in logged objects; URLs lose their capability ids (account-creation and password-reset ids) and
// their query string (the outbox address).
import type { FastifyServerOptions } from 'fastify';

export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization',
  '*.password', '*.confirmation', '*.code', '*.token', '*.nir', '*.identifier', '*.passwordHash', '*.codeHash',
  'password', 'confirmation', 'code', 'token', 'nir', 'identifier',
  // Mon Compte's FranceConnect client secret (config.franceconnect; client_secret_post puts it in token requests).
  '*.clientSecret', '*.client_secret', '*.*.clientSecret', 'clientSecret', 'client_secret',
];

export function redactUrl(url: string): string {
  return (url.split('?')[0] ?? '').replace(/\/(account-creations|password-resets)\/[^/]+/g, '/$1/[redacted]');
}

export function loggerOptions(logger: boolean | { level: string } | undefined): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    level: logger === true ? 'info' : logger.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
    },
  };
}
