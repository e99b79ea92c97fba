// Typed calls of the account-creation flow (J1), on the one axios instance. Paths and bodies come from the wire
// contract (shared/api/routes.ts), so a change of contract breaks the type check here rather than at the kiosk.
import { path, type ReplyBody, type RequestBody } from '@shared/api/routes';
import { api } from '.';

export type AccountCreation = ReplyBody<'creationGet'>;
export type AccountCreated = ReplyBody<'creationComplete'>;
export type EtatCivilInput = RequestBody<'creationStart'>;
export type IdentityDocumentInput = RequestBody<'creationIdentityDocument'>;
export type ContactInput = RequestBody<'creationContact'>;

async function call<T>(method: 'get' | 'post' | 'put', url: string, body?: unknown): Promise<T> {
  const response = await api.http.request<T>({ method, url, data: body });
  return response.data;
}

export const accountCreationApi = {
  start: (body: EtatCivilInput) => call<AccountCreation>('post', path('creationStart'), body),
  get: (id: string) => call<AccountCreation>('get', path('creationGet', { id })),
  updateEtatCivil: (id: string, body: EtatCivilInput) => call<AccountCreation>('put', path('creationEtatCivil', { id }), body),
  identityDocument: (id: string, body: IdentityDocumentInput) =>
    call<AccountCreation>('put', path('creationIdentityDocument', { id }), body),
  contact: (id: string, body: ContactInput) => call<AccountCreation>('put', path('creationContact', { id }), body),
  resendCode: (id: string) => call<AccountCreation>('post', path('creationCodeResend', { id })),
  verifyCode: (id: string, code: string) => call<AccountCreation>('post', path('creationCodeVerify', { id }), { code }),
  password: (id: string, password: string, confirmation: string) =>
    call<AccountCreation>('put', path('creationPassword', { id }), { password, confirmation }),
  complete: (id: string) => call<AccountCreated>('post', path('creationComplete', { id })),
};
