// Issue 7, the household members' own accounts: typed calls over request() (shared/api/routes.ts, schemas in
// shared/api/account-space.ts). Every right is decided by the back end; these calls may be refused (403
// rights.forbidden) when the person's rights changed since their screen was shown (e.g. the autorisation de gestion
// was withdrawn meanwhile).
import type { ReplyBody, RequestBody } from '@shared/api/routes';
import { request } from './request';

export type Household = ReplyBody<'household'>;
export type HouseholdMember = ReplyBody<'autorisation'>;
export type Separation = ReplyBody<'separation'>;
export type SeparationInput = RequestBody<'separation'>;
export type ContactInput = RequestBody<'contactChange'>;
export type CodeChallenge = ReplyBody<'contactChange'>;

export const householdApi = {
  household: () => request('household'),
  setAutorisation: (memberId: string, granted: boolean) => request('autorisation', { params: { id: memberId }, body: { granted } }),
  declareSeparation: (body: SeparationInput) => request('separation', { body }),
  changeContact: (body: ContactInput) => request('contactChange', { body }),
  pendingCode: () => request('contactCode'),
  resendCode: () => request('contactCodeResend'),
  verifyCode: (code: string) => request('contactCodeVerify', { body: { code } }),
};
