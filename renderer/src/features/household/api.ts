// Issue 7, the household members' own accounts: typed calls over the wire contract (shared/api/account-space.ts).
// Every right is decided by the back end; these calls may be refused (403 rights.forbidden) when the person's rights
// changed since their screen was shown (e.g. the autorisation de gestion was withdrawn meanwhile).
import { path, type ReplyBody, type RequestBody } from '@shared/api/routes';
import { call } from '../../api/call';

export type Household = ReplyBody<'household'>;
export type HouseholdMember = ReplyBody<'autorisation'>;
export type Separation = ReplyBody<'separation'>;
export type SeparationInput = RequestBody<'separation'>;
export type ContactInput = RequestBody<'contactChange'>;
export type CodeChallenge = ReplyBody<'contactChange'>;
export type Me = ReplyBody<'me'>;

export const householdApi = {
  household: () => call<Household>('get', path('household')),
  setAutorisation: (memberId: string, granted: boolean) =>
    call<HouseholdMember>('put', path('autorisation', { id: memberId }), { granted } satisfies RequestBody<'autorisation'>),
  declareSeparation: (input: SeparationInput) => call<Separation>('post', path('separation'), input),
  changeContact: (input: ContactInput) => call<CodeChallenge>('put', path('contactChange'), input),
  pendingCode: () => call<CodeChallenge>('get', path('contactCode')),
  resendCode: () => call<CodeChallenge>('post', path('contactCodeResend')),
  verifyCode: (code: string) => call<Me>('post', path('contactCodeVerify'), { code } satisfies RequestBody<'contactCodeVerify'>),
};
