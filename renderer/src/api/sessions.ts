// J2 log in / log out, the first login of a migrated allocataire, and the forgotten password: typed calls over the
// wire contract (shared/api/{sessions,migration,password-reset}.ts).
import { path, type ReplyBody, type RequestBody } from '@shared/api/routes';
import { call } from './call';

export type Session = ReplyBody<'login'>;
export type MigrationState = ReplyBody<'migrationGet'>;
export type MigrationContactInput = RequestBody<'migrationContact'>;
export type PasswordReset = ReplyBody<'resetStart'>;
export type Channel = RequestBody<'resetStart'>['channel'];

export const sessionsApi = {
  login: (identifier: string, password: string) => call<Session>('post', path('login'), { identifier, password }),
  logout: () => call<null>('delete', path('logout')),
};

export const migrationApi = {
  get: () => call<MigrationState>('get', path('migrationGet')),
  acceptCgu: (version: string) => call<MigrationState>('post', path('migrationCgu'), { version }),
  password: (password: string, confirmation: string) =>
    call<MigrationState>('put', path('migrationPassword'), { password, confirmation }),
  contact: (body: MigrationContactInput) => call<MigrationState>('put', path('migrationContact'), body),
  resendCode: () => call<MigrationState>('post', path('migrationCodeResend')),
  verifyCode: (code: string) => call<Session>('post', path('migrationCodeVerify'), { code }),
};

export const passwordResetApi = {
  start: (identifier: string, channel: Channel) => call<PasswordReset>('post', path('resetStart'), { identifier, channel }),
  resendCode: (id: string) => call<PasswordReset>('post', path('resetCodeResend', { id })),
  verifyCode: (id: string, code: string) => call<{ verified: true }>('post', path('resetCodeVerify', { id }), { code }),
  password: (id: string, password: string, confirmation: string) =>
    call<null>('put', path('resetPassword', { id }), { password, confirmation }),
};
