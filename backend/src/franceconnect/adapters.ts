// The plugin's ports over the back end's own services: a FranceConnect login opens the same session a password login
// does (services/sessions.ts, and a migration session for a migrated allocataire's first login, as services/login.ts
// decides), and the person is found among the persons the back end knows.
import type { FastifyInstance } from 'fastify';
import { iso } from '../clock';
import { sharedSecret } from '../db/settings';
import { randomToken, sha256 } from '../services/secrets';
import { newKey } from './one-time-store';
import { samePivotIdentity } from './pivot';
import type { OneTimeState, PersonDirectory, PivotPerson, SessionIssuer } from './ports';

export function backendPorts(app: FastifyInstance): { sessions: SessionIssuer; persons: PersonDirectory; oneTimeState: OneTimeState } {
  // `app.services` is read at call time: the plugins that decorate it may load after this is called.
  const sessions: SessionIssuer = {
    async open(accountId) {
      const account = await app.services.accounts.byId(accountId);
      if (!account) throw new Error('FranceConnect matched an account that no longer exists');
      return app.services.sessions.issue(accountId, account.legacy ? 'migration' : 'full');
    },
    async accountOf(token) {
      try {
        return (await app.services.sessions.authenticate(token)).session.accountId;
      } catch {
        return null; // auth.required: unknown, expired or revoked
      }
    },
    async revoke(token) {
      const live = await app.services.sessions.authenticate(token).catch(() => null);
      if (live) await app.services.sessions.revoke(live.session.id);
    },
    onRevoked(listener) {
      app.services.sessions.onRevoked(listener);
    },
  };

  const persons: PersonDirectory = {
    async findAccount(pivot) {
      // Same birth date first (indexed, few rows), then the whole pivot identity compared as pivot.ts says.
      const candidates = await app.db.selectFrom('persons').selectAll().where('birthDate', '=', pivot.birthDate).execute();
      for (const row of candidates) {
        const person: PivotPerson = {
          civilite: row.civilite,
          nomNaissance: row.nomNaissance,
          prenoms: row.prenoms,
          birthDate: row.birthDate,
          birthPlace: JSON.parse(row.birthPlace) as PivotPerson['birthPlace'],
        };
        if (!samePivotIdentity(person, pivot)) continue;
        const account = await app.services.accounts.byPerson(row.id);
        // Pre-hijacking (issue 16): anyone can create an account without a NIR and without a French identity
        // document ("Je ne dispose pas d'une pièce d'identité française", flagged), copying another person's état
        // civil. Such an account proves nothing of who holds it: the real person's FranceConnect login must never open
        // it. It is not matched; FranceConnect's visitor gets account creation instead.
        if (account && isUnprovenAccount(row.nir, account.documentFlagged)) continue;
        if (account) return { accountId: account.id };
      }
      return null;
    },
  };

  // FranceConnect's single-use state in the database (table one_time_entries, migration 004): every instance over it
  // sees the same pending logins, codes and ID tokens. Keys are stored as SHA-256; `take` is one DELETE … RETURNING,
  // so of two instances taking the same key at once only one gets the value.
  const now = () => app.config.clock.now();
  const keep: OneTimeState['keep'] = async (space, key, value, expiresAtMs) => {
    const row = { space, keyHash: sha256(key), value: JSON.stringify(value), expiresAt: iso(expiresAtMs) };
    // Expired entries go as new ones come (one indexed delete), so the table stays as small as the live state.
    await app.db.deleteFrom('oneTimeEntries').where('expiresAt', '<=', iso(now())).execute();
    await app.db.insertInto('oneTimeEntries').values(row)
      .onConflict((oc) => oc.columns(['space', 'keyHash']).doUpdateSet({ value: row.value, expiresAt: row.expiresAt }))
      .execute();
  };
  const oneTimeState: OneTimeState = {
    async put(space, value, ttlMs) {
      const key = newKey();
      await keep(space, key, value, now() + ttlMs);
      return key;
    },
    keep,
    async take(space, key) {
      const row = await app.db.deleteFrom('oneTimeEntries')
        .where('space', '=', space).where('keyHash', '=', sha256(key))
        .returning(['value', 'expiresAt'])
        .executeTakeFirst();
      return row && Date.parse(row.expiresAt) > now() ? JSON.parse(row.value) : null;
    },
    async secret(name) {
      return Buffer.from(await sharedSecret(app.db, `franceconnect-${name}`, () => randomToken()), 'base64url');
    },
  };

  return { sessions, persons, oneTimeState };
}

/** An account bound to no NIR and created without an identity document: nothing ties it to the person it names. */
export function isUnprovenAccount(nir: string | null, documentFlagged: number): boolean {
  return nir === null && documentFlagged === 1;
}
