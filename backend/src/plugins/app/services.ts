// Repositories and services as one decorator, built from the database, the clock and the notifier.
import fp from 'fastify-plugin';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock, SandboxClock } from '../../clock';
import type { Db } from '../../db/database';
import { sharedSecret } from '../../db/settings';
import { createAccountRepository, createPersonRepository } from '../../repositories/accounts';
import { createAccountCreationService } from '../../services/account-creation';
import { createAccountSpaceService } from '../../services/account-space';
import { createCodeService } from '../../services/codes';
import { createContactChangeService } from '../../services/contact-change';
import { createDemandeService } from '../../services/demandes';
import { createLoginService } from '../../services/login';
import { createMigrationService } from '../../services/migration';
import { createNotifier, type Gateway } from '../../services/notifier';
import { createPasswordResetService } from '../../services/password-reset';
import { dummyHash } from '../../services/passwords';
import { randomToken } from '../../services/secrets';
import { createSessionService } from '../../services/sessions';
import { createThrottle, createWindowCounter } from '../../services/throttle';
import type { Channel } from '../../../../shared/api';

export async function createServices(db: Db, config: {
  clock: Clock; sandboxClock?: SandboxClock | null; sandbox: boolean; smtpUrl?: string | undefined; gateways?: Partial<Record<Channel, Gateway>> | undefined;
}, log?: FastifyBaseLogger) {
  const { clock } = config;
  // The key of the keyed hashes (codes, throttle): one per database, shared by every instance.
  const key = await sharedSecret(db, 'hash-key', () => randomToken());
  const accounts = createAccountRepository(db);
  const persons = createPersonRepository(db);
  const notifier = createNotifier({
    db, clock, sandbox: config.sandbox, smtpUrl: config.smtpUrl, ...(config.gateways ? { gateways: config.gateways } : {}),
    onError: (error, message) => log?.warn({ err: error, message }, 'message not delivered yet; the sender will retry'),
  });
  const codes = createCodeService({ db, clock, notifier, key });
  const sessions = createSessionService({ db, clock, sandboxClock: config.sandboxClock ?? null });
  const throttle = createThrottle({ db, clock, key });
  return {
    accounts, persons, notifier, codes, sessions, throttle,
    login: createLoginService({ accounts, sessions, throttle }),
    creation: createAccountCreationService({ db, clock, accounts, persons, codes, notifier, key }),
    migration: createMigrationService({ db, clock, accounts, codes, sessions }),
    reset: createPasswordResetService({ db, clock, accounts, codes, sessions, throttle, counter: createWindowCounter({ db, clock, key }), key }),
    space: createAccountSpaceService({ db, clock, persons, key }),
    contactChange: createContactChangeService({ db, clock, accounts, codes, notifier }),
    demandes: createDemandeService({ db, clock, persons }),
  };
}
export type Services = Awaited<ReturnType<typeof createServices>>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export default fp(async (app) => {
  const services = await createServices(app.db, app.config, app.log);
  app.decorate('services', services);
  // Messages a crash left in the outbox go out now; the sender stops before the database closes.
  void services.notifier.drain().catch((error: unknown) => app.log.warn({ err: error }, 'outbox not drained at start'));
  app.addHook('onClose', () => services.notifier.close());
  await dummyHash(); // computed before the first login, so the first unknown identifier is not slower
}, { name: 'services', dependencies: ['db'] });
