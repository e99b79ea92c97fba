// The account-creation flow (J1): the names of its replies and bodies, derived from the route table
// (shared/api/routes.ts); the wizard's store calls request() with the route's name.
import type { ReplyBody, RequestBody } from '@shared/api/routes';

export type AccountCreation = ReplyBody<'creationGet'>;
export type AccountCreated = ReplyBody<'creationComplete'>;
export type EtatCivilInput = RequestBody<'creationStart'>;
export type ContactInput = RequestBody<'creationContact'>;
