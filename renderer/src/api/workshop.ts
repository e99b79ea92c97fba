// The workshop's practice identities (GET /sandbox/practice-identities, a sandbox-only route: a real back end answers
// 404 and the welcome screen offers none).
import type { ReplyBody } from '@shared/api/routes';
import { request } from './request';

export type PracticeIdentities = ReplyBody<'practiceIdentities'>;
export type PracticeIdentity = PracticeIdentities['identities'][number];

export const workshopApi = {
  practiceIdentities: () => request('practiceIdentities'),
};
