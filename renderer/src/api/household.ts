// Issue 7, the household members' own accounts: the names of the replies and bodies, derived from the route table
// (shared/api/routes.ts, schemas in shared/api/account-space.ts); the household store calls request() with the route's
// name. Every right is decided by the back end; these calls may be refused (403 rights.forbidden) when the person's
// rights changed since their screen was shown (e.g. the autorisation de gestion was withdrawn meanwhile).
import type { ReplyBody, RequestBody } from '@shared/api/routes';

export type Household = ReplyBody<'household'>;
export type HouseholdMember = ReplyBody<'autorisation'>;
export type Separation = ReplyBody<'separation'>;
export type SeparationInput = RequestBody<'separation'>;
export type ContactInput = RequestBody<'contactChange'>;
export type CodeChallenge = ReplyBody<'contactChange'>;
