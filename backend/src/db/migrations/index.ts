// Numbered migrations, in code (not read from disk) so that the bundled back end (out/backend) carries them.
// Append new ones as `'011-…': …`; never edit one that has shipped.
import type { Migration } from 'kysely/migration';
import { initial } from './001-initial';
import { demandes } from './002-demandes';
import { outboxDelivery } from './003-outbox-delivery';
import { sharedState } from './004-shared-state';
import { outboxSeq } from './005-outbox-seq';
import { resetRequestKey } from './006-reset-request-key';
import { householdIndexes } from './007-household-indexes';
import { loginPending } from './008-login-pending';
import { creationRequestKey } from './009-creation-request-key';
import { separationRequestKey } from './010-separation-request-key';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-demandes': demandes,
  '003-outbox-delivery': outboxDelivery,
  '004-shared-state': sharedState,
  '005-outbox-seq': outboxSeq,
  '006-reset-request-key': resetRequestKey,
  '007-household-indexes': householdIndexes,
  '008-login-pending': loginPending,
  '009-creation-request-key': creationRequestKey,
  '010-separation-request-key': separationRequestKey,
};
