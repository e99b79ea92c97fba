// The workshop's practice identities (GET /sandbox/practice-identities, a sandbox-only route: a real back end answers
// 404 and the welcome screen offers none): the names of its reply, derived from the route table.
import type { ReplyBody } from '@shared/api/routes';

export type PracticeIdentities = ReplyBody<'practiceIdentities'>;
export type PracticeIdentity = PracticeIdentities['identities'][number];
