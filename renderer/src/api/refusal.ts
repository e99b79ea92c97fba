// A refusal by the back end of something a screen offered: the person's rights changed since it was shown (issue 7:
// the autorisation de gestion withdrawn meanwhile). 403 rights.forbidden on their own household, or 404
// resource.notFound, which is also what a resource of another household answers.
import type { ApiFailure } from './errors';

export const isRefusal = (failure: ApiFailure) =>
  failure.kind === 'api' && (failure.code === 'rights.forbidden' || failure.code === 'resource.notFound');
