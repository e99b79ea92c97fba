// Writes the seed data (db/seed-data.ts), after wiping every table: POST /sandbox/reset and the first start of a
// sandbox on an empty database. Password hashes are computed once per process (argon2id is deliberately slow).
import type { Db } from './database';
import { hashPassword } from '../services/passwords';
import { SEED_ALLOCATIONS, SEED_ATTESTATIONS, SEED_COURRIERS, SEED_DEMANDES, SEED_HOUSEHOLDS, SEED_PAYMENTS, SEED_PERSONS } from './seed-data';

const WIPE_ORDER = [
  'demandes', 'sessions', 'verificationCodes', 'pendingContacts', 'passwordResets', 'loginThrottle', 'accountCreations', 'outbox',
  'separations', 'accounts', 'identityDocuments', 'payments', 'allocations', 'attestations', 'courriers', 'persons', 'households',
] as const;

const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

export async function seed(db: Db, nowIso: string, onlyIfEmpty = false): Promise<void> {
  const people = await Promise.all(SEED_PERSONS.map(async (p) => ({
    p, hash: p.account ? await hashOnce(p.account.password) : p.legacy ? await hashOnce(p.legacy.password) : null,
  })));
  await db.transaction().execute(async (trx) => {
    // Checked inside the transaction that seeds: two instances starting together never both wipe and seed.
    if (onlyIfEmpty && (await trx.selectFrom('households').select('id').limit(1).executeTakeFirst())) return;
    for (const table of WIPE_ORDER) await trx.deleteFrom(table).execute();
    await trx.insertInto('households').values(SEED_HOUSEHOLDS).execute();
    for (const { p, hash } of people) {
      await trx.insertInto('persons').values({
        id: p.id, nir: p.nir, civilite: p.civilite, nomNaissance: p.nomNaissance, prenoms: p.prenoms, nomUsage: p.nomUsage,
        birthDate: p.birthDate, birthPlace: JSON.stringify(p.birthPlace), householdId: p.householdId, role: p.role,
        autorisationGestion: p.autorisationGestion ? 1 : 0, createdAt: nowIso,
      }).execute();
      for (const [i, d] of (p.documents ?? []).entries()) {
        await trx.insertInto('identityDocuments').values({ id: `${p.id}-doc-${i}`, personId: p.id, kind: d.kind, number: d.number }).execute();
      }
      if (hash && p.nir) {
        await trx.insertInto('accounts').values({
          id: `a-${p.id.slice(2)}`, personId: p.id, identifier: p.nir, identifierKind: 'nir', passwordHash: hash,
          legacy: p.legacy ? 1 : 0, legacyAllocataireNumber: p.legacy?.allocataireNumber ?? null,
          cguVersion: p.legacy ? null : '2021-10', passwordChangedAt: p.legacy ? null : nowIso,
          contactVerifiedAt: p.legacy ? null : nowIso, mobile: p.account?.mobile ?? null, autreTelephone: null,
          email: p.account?.email ?? null, documentFlagged: 0, createdFromFlow: null, createdAt: nowIso,
        }).execute();
      }
    }
    await trx.insertInto('payments').values(SEED_PAYMENTS).execute();
    await trx.insertInto('allocations').values(SEED_ALLOCATIONS).execute();
    await trx.insertInto('attestations').values(SEED_ATTESTATIONS).execute();
    await trx.insertInto('courriers').values(SEED_COURRIERS).execute();
    await trx.insertInto('demandes').values(SEED_DEMANDES).execute();
  });
}

/** Seeds an empty database (first start); leaves an existing one as it is (a restart keeps its accounts). */
export async function seedIfEmpty(db: Db, nowIso: string): Promise<void> {
  const seeded = async () => Boolean(await db.selectFrom('households').select('id').limit(1).executeTakeFirst());
  if (await seeded()) return;
  // The check is made again in the seed's own transaction (issue 17): two instances starting together on a new
  // database both found it empty here, and the later seed wiped what visitors of the first had already written.
  // SQLite's BEGIN IMMEDIATE makes the second wait and then see the seed; on PostgreSQL the second's inserts wait for
  // the first's commit and fail on its keys, which means the database is seeded.
  try {
    await seed(db, nowIso, true);
  } catch (error) {
    if (!(await seeded())) throw error;
  }
}
