// J4, the account space: typed calls over request() (shared/api/routes.ts). The back end decides every right;
// `Me.rights` only tells the kiosk what to offer.
import type { ReplyBody } from '@shared/api/routes';
import { request } from './request';

export type Me = ReplyBody<'me'>;
export type Right = Me['rights'][number];
export type Dashboard = ReplyBody<'dashboard'>;
export type Payments = ReplyBody<'payments'>;
export type Attestation = ReplyBody<'attestation'>;
export type Courrier = ReplyBody<'courrier'>;

export const accountSpaceApi = {
  me: () => request('me'),
  dashboard: () => request('dashboard'),
  payments: () => request('payments'),
  attestation: (id: string) => request('attestation', { params: { id } }),
  courrier: (id: string) => request('courrier', { params: { id } }),
};
