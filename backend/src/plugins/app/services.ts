// Repositories and services as one decorator, built from the database, the clock and the notifier.
import fp from 'fastify-plugin';
import type { Clock } from '../../clock';
import type { Db } from '../../db/database';
import { createAccountRepository, createPersonRepository } from '../../repositories/accounts';
import { createAccountCreationService } from '../../services/account-creation';
import { createAccountSpaceService } from '../../services/account-space';
import { createCodeService } from '../../services/codes';
import { createContactChangeService } from '../../services/contact-change';
import { createDemandeService } from '../../services/demandes';
import { createLoginService } from '../../services/login';
import { createMigrationService } from '../../services/migration';
import { createNotifier } from '../../services/notifier';
import { createPasswordResetService } from '../../services/password-reset';
import { dummyHash } from '../../services/passwords';
import { randomToken } from '../../services/secrets';
import { createSessionService } from '../../services/sessions';
import { createThrottle } from '../../services/throttle';

/** The key of the keyed hashes (codes, throttle), made once per database and kept there (not wiped by reset). */
async function hashKey(db: Db): Promise<string> {
  const found = await db.selectFrom('settings').select('value').where('key', '=', 'hash-key').executeTakeFirst();
  if (found) return found.value;
  const value = randomToken();
  await db.insertInto('settings').values({ key: 'hash-key', value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await db.selectFrom('settings').select('value').where('key', '=', 'hash-key').executeTakeFirstOrThrow()).value;
}

export async function createServices(db: Db, config: { clock: Clock; sandbox: boolean; smtpUrl?: string | undefined }) {
  const { clock } = config;
  const key = await hashKey(db);
  const accounts = createAccountRepository(db);
  const persons = createPersonRepository(db);
  const notifier = createNotifier({ db, clock, sandbox: config.sandbox, smtpUrl: config.smtpUrl });
  const codes = createCodeService({ db, clock, notifier, key });
  const sessions = createSessionService({ db, clock });
  const throttle = createThrottle({ db, clock, key });
  return {
    accounts, persons, notifier, codes, sessions, throttle,
    login: createLoginService({ accounts, sessions, throttle }),
    creation: createAccountCreationService({ db, clock, accounts, persons, codes }),
    migration: createMigrationService({ db, clock, accounts, codes, sessions }),
    reset: createPasswordResetService({ db, clock, accounts, codes, sessions, throttle }),
    space: createAccountSpaceService({ db, clock, persons }),
    contactChange: createContactChangeService({ db, accounts, codes }),
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
  app.decorate('services', await createServices(app.db, app.config));
  await dummyHash(); // computed before the first login, so the first unknown identifier is not slower
}, { name: 'services', dependencies: ['db'] });
