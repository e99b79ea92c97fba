// J2 log in / log out, the first login of a migrated allocataire, and the forgotten password: typed calls over
// request() (shared/api/routes.ts; the schemas are shared/api/{sessions,migration,password-reset}.ts).
import type { ReplyBody, RequestBody } from '@shared/api/routes';
import { request } from './request';

export type Session = ReplyBody<'login'>;
export type MigrationState = ReplyBody<'migrationGet'>;
export type MigrationContactInput = RequestBody<'migrationContact'>;
export type PasswordReset = ReplyBody<'resetStart'>;
export type PasswordResetState = ReplyBody<'resetGet'>;
export type Channel = RequestBody<'resetStart'>['channel'];

export const sessionsApi = {
  login: (identifier: string, password: string) => request('login', { body: { identifier, password } }),
  logout: () => request('logout'),
};

export const migrationApi = {
  get: () => request('migrationGet'),
  acceptCgu: (version: string) => request('migrationCgu', { body: { version } }),
  password: (password: string, confirmation: string) => request('migrationPassword', { body: { password, confirmation } }),
  contact: (body: MigrationContactInput) => request('migrationContact', { body }),
  resendCode: () => request('migrationCodeResend'),
  verifyCode: (code: string) => request('migrationCodeVerify', { body: { code } }),
};

export const passwordResetApi = {
  /** `idempotencyKey`: the same for a retry of this start (its answer lost), so the back end answers the same reset. */
  start: (identifier: string, channel: Channel, idempotencyKey: string) =>
    request('resetStart', { body: { identifier, channel, idempotencyKey } }),
  /** Where the reset stands (code, password, done): what « Réessayer » asks after a lost answer. */
  get: (id: string) => request('resetGet', { params: { id } }),
  resendCode: (id: string) => request('resetCodeResend', { params: { id } }),
  verifyCode: (id: string, code: string) => request('resetCodeVerify', { params: { id }, body: { code } }),
  password: (id: string, password: string, confirmation: string) =>
    request('resetPassword', { params: { id }, body: { password, confirmation } }),
};
