// J4, the account space: typed calls over the wire contract (shared/api/account-space.ts). The back end decides every
// right; `Me.rights` only tells the kiosk what to offer.
import { path, type ReplyBody } from '@shared/api/routes';
import { call } from './call';

export type Me = ReplyBody<'me'>;
export type Right = Me['rights'][number];
export type Dashboard = ReplyBody<'dashboard'>;
export type Payments = ReplyBody<'payments'>;
export type Attestation = ReplyBody<'attestation'>;
export type Courrier = ReplyBody<'courrier'>;

export const accountSpaceApi = {
  me: () => call<Me>('get', path('me')),
  dashboard: () => call<Dashboard>('get', path('dashboard')),
  payments: () => call<Payments>('get', path('payments')),
  attestation: (id: string) => call<Attestation>('get', path('attestation', { id })),
  courrier: (id: string) => call<Courrier>('get', path('courrier', { id })),
};
