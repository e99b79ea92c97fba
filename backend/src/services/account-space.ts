// J4, the account space, and the household members' rights (issue 7). Rights: services/rights.ts.
import type { Attestation, Courrier, Dashboard, Household, HouseholdMember, Me, Payment, Separation, SeparationInput } from '../../../shared/api';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { preparedParts, textValue } from '../db/prepared';
import { fail, invalid } from '../errors';
import { iso, type Clock } from '../clock';
import type { Person, PersonRepository } from '../repositories/accounts';
import { checkAddress } from '../../../shared/domain/address';
import { checkPastDay } from '../../../shared/domain/calendar-day';
import { parisDay } from '../../../shared/domain/paris-day';
import { isoDay, must } from './checks';
import { namedBirthPlace, shortName } from './display';
import { rightsOf } from './rights';
import { hmac, randomId } from './secrets';
import { ownHousehold, requireRight, type Identity, type Viewer } from './viewer';

const toPayment = (p: { date: string; amountCents: number; label: string; paidToThirdParty: number }): Payment => ({
  date: p.date, amountCents: p.amountCents, label: p.label, paidToThirdParty: p.paidToThirdParty === 1,
});

/** A row of the dashboard's read: which part it belongs to, and that part's columns under common names (in its order). */
interface DashboardRow {
  part: 'payment' | 'allocation' | 'attestation' | 'courrier';
  id: string;
  /** label, or a courrier's subject */
  label: string;
  /** the payment's or courrier's date, an allocation's since, an attestation's issuedOn */
  day: string;
  /** amountCents, monthlyAmountCents */
  amount: number | null;
  /** paidToThirdParty */
  flag: number | null;
  /** a courrier's kind */
  kind: Courrier['kind'] | null;
}

export function createAccountSpaceService(deps: { db: Db; clock: Clock; persons: PersonRepository; key: string }) {
  const { db } = deps;
  const member = async (person: Person): Promise<HouseholdMember> => ({
    id: person.id,
    displayName: shortName(person),
    role: person.role,
    autorisationGestion: person.autorisationGestion === 1,
    hasAccount: Boolean(await db.selectFrom('accounts').select('id').where('personId', '=', person.id).executeTakeFirst()),
  });
  const householdId = (viewer: Viewer) => viewer.person.householdId ?? '';
  // The dashboard is the account space's first screen, read at every visit: its four reads are one query on
  // PostgreSQL (one round trip) and four statements on SQLite (in-process, where the one query cost twice as much),
  // each compiled once (db/prepared.ts, preparedParts: both forms answer each part's rows in its own order, part after
  // part). The one query ranks each part in its own order (row_number() follows each table's household index) and
  // orders the union by part and rank. `cast(? as text)` keeps one plan on SQLite (textValue).
  const dashboardRows = preparedParts<string, DashboardRow>(db, {
    oneStatement: (id) => sql<DashboardRow>`
      select part, id, label, day, amount, flag, kind from (
        select * from (
          select 'payment' as part, row_number() over (order by date desc) as rank_in_part, id, label, date as day,
            amount_cents as amount, paid_to_third_party as flag, cast(null as text) as kind
          from payments where household_id = ${textValue(id)}
        ) as last_payment where rank_in_part = 1
        union all
        select 'allocation', row_number() over (order by label), id, label, since, monthly_amount_cents, cast(null as integer), cast(null as text)
        from allocations where household_id = ${textValue(id)}
        union all
        select 'attestation', row_number() over (order by issued_on desc), id, label, issued_on, cast(null as integer), cast(null as integer), cast(null as text)
        from attestations where household_id = ${textValue(id)}
        union all
        select 'courrier', row_number() over (order by date desc), id, subject, date, cast(null as integer), cast(null as integer), kind
        from courriers where household_id = ${textValue(id)}
      ) as parts order by part, rank_in_part`,
    statements: [
      (id) => sql<DashboardRow>`
        select 'payment' as part, id, label, date as day, amount_cents as amount, paid_to_third_party as flag, null as kind
        from payments where household_id = ${textValue(id)} order by date desc limit 1`,
      (id) => sql<DashboardRow>`
        select 'allocation' as part, id, label, since as day, monthly_amount_cents as amount, null as flag, null as kind
        from allocations where household_id = ${textValue(id)} order by label`,
      (id) => sql<DashboardRow>`
        select 'attestation' as part, id, label, issued_on as day, null as amount, null as flag, null as kind
        from attestations where household_id = ${textValue(id)} order by issued_on desc`,
      (id) => sql<DashboardRow>`
        select 'courrier' as part, id, subject as label, date as day, null as amount, null as flag, kind
        from courriers where household_id = ${textValue(id)} order by date desc`,
    ],
  });

  return {
    me(viewer: Identity): Me {
      const { account, person } = viewer;
      return {
        identifier: account.identifier,
        identifierKind: account.identifierKind,
        displayName: shortName(person),
        civilite: person.civilite,
        prenoms: person.prenoms,
        nomNaissance: person.nomNaissance,
        nomUsage: person.nomUsage,
        dateNaissance: person.birthDate,
        lieuNaissance: namedBirthPlace(person.birthPlace),
        role: person.role,
        autorisationGestion: person.autorisationGestion === 1,
        rights: rightsOf(viewer.subject),
        contact: { mobile: account.mobile, autreTelephone: account.autreTelephone, email: account.email },
      };
    },

    async dashboard(viewer: Viewer): Promise<Dashboard> {
      requireRight(viewer, 'household.read');
      const dashboard: Dashboard = { lastPayment: null, allocations: [], attestations: [], courriers: [] };
      for (const row of await dashboardRows(householdId(viewer))) {
        if (row.part === 'payment') {
          dashboard.lastPayment = toPayment({ date: row.day, amountCents: row.amount!, label: row.label, paidToThirdParty: row.flag! });
        } else if (row.part === 'allocation') {
          dashboard.allocations.push({ id: row.id, label: row.label, monthlyAmountCents: row.amount!, since: row.day });
        } else if (row.part === 'attestation') {
          dashboard.attestations.push({ id: row.id, label: row.label, issuedOn: row.day });
        } else {
          dashboard.courriers.push({ id: row.id, subject: row.label, date: row.day, kind: row.kind! });
        }
      }
      return dashboard;
    },

    async payments(viewer: Viewer) {
      requireRight(viewer, 'household.read');
      const rows = await db.selectFrom('payments').selectAll().where('householdId', '=', householdId(viewer)).orderBy('date', 'desc').execute();
      return { payments: rows.map(toPayment) };
    },

    async attestation(viewer: Viewer, id: string): Promise<Attestation> {
      requireRight(viewer, 'household.read');
      const row = ownHousehold(viewer, await db.selectFrom('attestations').selectAll().where('id', '=', id).executeTakeFirst());
      const household = await db.selectFrom('households').selectAll().where('id', '=', row.householdId).executeTakeFirstOrThrow();
      const responsable = (await deps.persons.ofHousehold(row.householdId)).find((p) => p.role === 'responsable');
      return {
        id: row.id, label: row.label, issuedOn: row.issuedOn, allocataireNumber: household.allocataireNumber,
        holder: responsable ? `${responsable.civilite} ${responsable.prenoms} ${responsable.nomUsage ?? responsable.nomNaissance}` : '',
        body: JSON.parse(row.body) as string[],
      };
    },

    async courrier(viewer: Viewer, id: string): Promise<Courrier> {
      requireRight(viewer, 'household.read');
      const row = ownHousehold(viewer, await db.selectFrom('courriers').selectAll().where('id', '=', id).executeTakeFirst());
      return { id: row.id, subject: row.subject, date: row.date, kind: row.kind, body: JSON.parse(row.body) as string[] };
    },

    async household(viewer: Viewer): Promise<Household> {
      requireRight(viewer, 'household.read');
      const id = householdId(viewer);
      const household = await db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const persons = await deps.persons.ofHousehold(id);
      return { allocataireNumber: household.allocataireNumber, members: await Promise.all(persons.map(member)) };
    },

    /** The responsable grants or withdraws the conjoint's autorisation de gestion (« Créer mon espace Mon Compte »). */
    async setAutorisation(viewer: Viewer, memberId: string, granted: boolean): Promise<HouseholdMember> {
      requireRight(viewer, 'autorisation.manage');
      const target = await deps.persons.byId(memberId);
      const row = ownHousehold(viewer, target ? { ...target, householdId: target.householdId ?? '' } : undefined);
      if (row.role !== 'conjoint') throw fail('rights.forbidden', 'Only the conjoint can hold the autorisation de gestion');
      await deps.persons.update(row.id, { autorisationGestion: granted ? 1 : 0 });
      return member({ ...row, autorisationGestion: granted ? 1 : 0 });
    },

    /**
     * "Déclarer une séparation" (« Créer mon espace Mon Compte »): recorded with its date and author. With the kiosk's
     * idempotency key, a declaration sent again (its answer was lost, « Réessayer ») answers the separation the first
     * one recorded instead of recording a second (the key is hashed with the person: it reaches no one else's).
     */
    async declareSeparation(viewer: Viewer, input: SeparationInput): Promise<Separation> {
      requireRight(viewer, 'separation.declare');
      const now = deps.clock.now();
      // The rules the kiosk's form runs (shared/domain): a past day JJ/MM/AAAA, a French postal address.
      const date = isoDay(must(checkPastDay(input.date, parisDay(now)), 'date'));
      if (!input.staysInHome && !input.newAddress) throw invalid('newAddress.required', 'newAddress');
      let newAddress = input.newAddress;
      if (newAddress) {
        const address = checkAddress(newAddress);
        if (!address.ok) throw invalid(address.error, `newAddress.${address.field ?? 'line'}`);
        newAddress = address.value;
      }
      const row = {
        id: randomId(), personId: viewer.person.id, householdId: householdId(viewer), date,
        staysInHome: input.staysInHome ? 1 : 0,
        newAddress: input.staysInHome || !newAddress ? null : JSON.stringify(newAddress),
        declaredAt: iso(now),
        requestKey: input.idempotencyKey ? hmac(deps.key, `separation:${viewer.person.id}:${input.idempotencyKey}`) : null,
      };
      const recorded = async (key: string) => {
        const earlier = await db.selectFrom('separations').select(['id', 'date', 'staysInHome', 'declaredAt'])
          .where('requestKey', '=', key).where('personId', '=', viewer.person.id).executeTakeFirst();
        return earlier && { id: earlier.id, date: earlier.date, staysInHome: earlier.staysInHome === 1, declaredAt: earlier.declaredAt };
      };
      if (row.requestKey) {
        const earlier = await recorded(row.requestKey);
        if (earlier) return earlier;
      }
      const inserted = await db.insertInto('separations').values(row).onConflict((oc) => oc.column('requestKey').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        // Another declaration with this key got there first (two at once): answer its row.
        const winner = await recorded(row.requestKey!);
        if (winner) return winner;
        throw fail('rights.forbidden', 'This declaration is not yours');
      }
      return { id: row.id, date, staysInHome: input.staysInHome, declaredAt: row.declaredAt };
    },
  };
}
