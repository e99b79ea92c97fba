// The plugin's ports over the back end's own services: a FranceConnect login opens the same session a password login
// does (services/sessions.ts, and a migration session for a migrated allocataire's first login, as services/login.ts
// decides), and the person is found among the persons the back end knows.
import type { FastifyInstance } from 'fastify';
import { samePivotIdentity } from './pivot';
import type { PersonDirectory, PivotPerson, SessionIssuer } from './ports';

export function backendPorts(app: FastifyInstance): { sessions: SessionIssuer; persons: PersonDirectory } {
  // `app.services` is read at call time: the plugins that decorate it may load after this is called.
  const sessions: SessionIssuer = {
    async open(accountId) {
      const account = await app.services.accounts.byId(accountId);
      if (!account) throw new Error('FranceConnect matched an account that no longer exists');
      return app.services.sessions.issue(accountId, account.legacy ? 'migration' : 'full');
    },
    async accountOf(token) {
      try {
        return (await app.services.sessions.authenticate(token)).accountId;
      } catch {
        return null; // auth.required: unknown, expired or revoked
      }
    },
    async revoke(token) {
      const session = await app.services.sessions.authenticate(token).catch(() => null);
      if (session) await app.services.sessions.revoke(session.id);
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

  return { sessions, persons };
}

/** An account bound to no NIR and created without an identity document: nothing ties it to the person it names. */
export function isUnprovenAccount(nir: string | null, documentFlagged: number): boolean {
  return nir === null && documentFlagged === 1;
}
