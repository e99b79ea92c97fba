// Typed calls of the account-creation flow (J1), over request() (the route table of shared/api/routes.ts).
import type { ReplyBody, RequestBody } from '@shared/api/routes';
import { request } from './request';

export type AccountCreation = ReplyBody<'creationGet'>;
export type AccountCreated = ReplyBody<'creationComplete'>;
export type EtatCivilInput = RequestBody<'creationStart'>;
export type IdentityDocumentInput = RequestBody<'creationIdentityDocument'>;
export type ContactInput = RequestBody<'creationContact'>;

export const accountCreationApi = {
  start: (body: EtatCivilInput) => request('creationStart', { body }),
  get: (id: string) => request('creationGet', { params: { id } }),
  updateEtatCivil: (id: string, body: EtatCivilInput) => request('creationEtatCivil', { params: { id }, body }),
  identityDocument: (id: string, body: IdentityDocumentInput) => request('creationIdentityDocument', { params: { id }, body }),
  contact: (id: string, body: ContactInput) => request('creationContact', { params: { id }, body }),
  resendCode: (id: string) => request('creationCodeResend', { params: { id } }),
  verifyCode: (id: string, code: string) => request('creationCodeVerify', { params: { id }, body: { code } }),
  password: (id: string, password: string, confirmation: string) =>
    request('creationPassword', { params: { id }, body: { password, confirmation } }),
  complete: (id: string) => request('creationComplete', { params: { id } }),
};
