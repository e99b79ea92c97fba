// First login of a migrated allocataire (shared/api/migration.ts); migration sessions only.
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function migrationRoutes(app: FastifyInstance) {
  const migration = app.services.migration;
  define(app, 'migrationGet', ({ session }) => migration.state(session.accountId));
  define(app, 'migrationCgu', ({ session, body }) => migration.acceptCgu(session.accountId, body.version));
  define(app, 'migrationPassword', ({ session, body }) => migration.setPassword(session.accountId, body.password, body.confirmation));
  define(app, 'migrationContact', ({ session, body }) => migration.setContact(session.accountId, body));
  define(app, 'migrationCodeResend', ({ session }) => migration.resend(session.accountId));
  define(app, 'migrationCodeVerify', ({ session, body }) => migration.verify(session.accountId, session.id, body.code));
}
