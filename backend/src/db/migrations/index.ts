// Numbered migrations, in code (not read from disk) so that the bundled back end (out/backend) carries them.
// Append new ones as `'002-…': …`; never edit one that has shipped.
import type { Migration } from 'kysely/migration';
import { initial } from './001-initial';
import { sharedState } from './002-shared-state';

export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-shared-state': sharedState,
};
