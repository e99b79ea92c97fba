// J4, the account space: the names of its replies, derived from the route table (shared/api/routes.ts); the account
// store calls request() with the route's name. The back end decides every right; `Me.rights` only tells the kiosk
// what to offer.
import type { ReplyBody } from '@shared/api/routes';

export type Me = ReplyBody<'me'>;
export type Right = Me['rights'][number];
export type Dashboard = ReplyBody<'dashboard'>;
export type Payments = ReplyBody<'payments'>;
export type Attestation = ReplyBody<'attestation'>;
export type Courrier = ReplyBody<'courrier'>;
