// J2 log in / log out, the first login of a migrated allocataire, and the forgotten password: the names of their
// replies and bodies, derived from the route table (shared/api/routes.ts; the schemas are
// shared/api/{sessions,migration,password-reset}.ts). The stores call request() with the route's name.
import type { ReplyBody, RequestBody } from '@shared/api/routes';

export type Session = ReplyBody<'login'>;
export type MigrationState = ReplyBody<'migrationGet'>;
export type MigrationContactInput = RequestBody<'migrationContact'>;
export type PasswordReset = ReplyBody<'resetStart'>;
export type PasswordResetState = ReplyBody<'resetGet'>;
export type Channel = RequestBody<'resetStart'>['channel'];
