// Requests for a prestation (issue 14): the aide au logement, modelled on the Caf's online request (the steps and the
// wire contract: shared/api/demandes.ts). Who may ask: services/rights.ts ('prestation.request'; 'demarches.read' for
// the list). A draft belongs to its owner — the household, or the applicant alone while they have none — and any
// person of that household with the right may resume it; to anyone else it is a 404 like a missing one.
// Every step is a PUT of that step's whole answers: a retry after a lost answer stores the same thing again.
import {
  DEMANDE_STEPS,
  DRAFT_RETENTION_DAYS,
  type AccuseReception,
  type BanqueInput,
  type Demande,
  type DemandeStep,
  type DemandeSummary,
  type Demarches,
  type FoyerInput,
  type LogementInput,
  type LoyerInput,
  type Member,
  type MemberInput,
  type Prestation,
  type ResumeAt,
  type RessourcesInput,
} from '../../../shared/api';
import { checkAddress, type Address } from '../../../shared/domain/address';
import { checkAmount, formatAmount } from '../../../shared/domain/amount';
import { checkPastDay, formatDay } from '../../../shared/domain/calendar-day';
import { checkIban, formatIban, maskIban } from '../../../shared/domain/iban';
import { checkName, displayName } from '../../../shared/domain/names';
import type { Db } from '../db/database';
import type { DemandeTable } from '../db/schema';
import { iso, type Clock } from '../clock';
import { fail, HttpError, invalid } from '../errors';
import type { Person, PersonRepository } from '../repositories/accounts';
import { today } from './checks';
import { can } from './rights';
import { randomDigits, randomId } from './secrets';
import { requireRight, type Viewer } from './viewer';

const DAY_MS = 24 * 60 * 60 * 1000;
const RETENTION_MS = DRAFT_RETENTION_DAYS * DAY_MS;

/** Bounds of what a visitor can mean, in cents: a typo beyond them is refused at the field (amount.tooLarge). */
const MAX_CENTS = { monthly: 1_000_000, charges: 500_000, yearly: 100_000_000 } as const;

type Answers = Demande['answers'];
/** What the `answers` column holds: the answers, and the next member id to give (ids are never reused). */
interface StoredAnswers extends Answers { nextMemberId: number }

const EMPTY: StoredAnswers = { nextMemberId: 1, foyer: null, logement: null, loyer: null, ressources: null, banque: null };

const PRESTATION_LABELS: Record<Prestation, string> = { 'aide-logement': 'aide au logement' };

const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A stored day "1978-05-12" as the request shows it, "12/05/1978". */
const frenchDay = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** Every member id the resources must cover: the applicant, then the members of the home. */
const memberIds = (answers: Answers) => ['demandeur', ...(answers.foyer?.members ?? []).map((m) => m.id)];

export function resumeAt(answers: Answers): ResumeAt {
  for (const step of DEMANDE_STEPS) {
    if (answers[step] === null) return step;
    if (step === 'ressources') {
      const covered = new Set(answers.ressources?.ressources.map((r) => r.memberId));
      if (memberIds(answers).some((id) => !covered.has(id))) return 'ressources';
    }
  }
  return 'recapitulatif';
}

const must = <T>(check: { ok: true; value: T } | { ok: false; error: string }, field: string): T => {
  if (!check.ok) throw invalid(check.error, field);
  return check.value;
};

function checkedAddress(input: Address, field: string): Address {
  const result = checkAddress(input);
  if (!result.ok) throw invalid(result.error, `${field}.${result.field ?? 'line'}`);
  return result.value;
}

function requiredText(input: string, field: string, max: number): string {
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '') throw invalid(`${field.split('.').pop()}.required`, field);
  if (text.length > max) throw invalid(`${field.split('.').pop()}.tooLong`, field);
  return text.toLocaleUpperCase('fr-FR');
}

export function createDemandeService(deps: { db: Db; clock: Clock; persons: PersonRepository }) {
  const { db, clock } = deps;
  const todayOf = (ms: number) => today(ms);
  const ownerOf = (viewer: Viewer) => viewer.person.householdId ?? `person:${viewer.person.id}`;

  const summary = (row: DemandeTable): DemandeSummary => ({
    id: row.id, prestation: row.prestation, status: row.status, number: row.number, sentAt: row.sentAt,
    updatedAt: row.updatedAt, expiresAt: row.expiresAt, resumeAt: resumeAt(JSON.parse(row.answers) as StoredAnswers),
  });

  /** The household's members the Caf knows, as "who lives in the home" would list them for this applicant. */
  async function knownMembers(demandeur: Person): Promise<MemberInput[]> {
    if (!demandeur.householdId) return [];
    const order = { conjoint: 0, enfant: 1, autre: 2 } as const;
    const persons = await deps.persons.ofHousehold(demandeur.householdId);
    return persons.filter((p) => p.id !== demandeur.id).map((p) => ({
      lien: p.role === 'responsable' || p.role === 'conjoint' ? 'conjoint' as const : p.role === 'enfant' ? 'enfant' as const : 'autre' as const,
      nom: p.nomUsage ?? p.nomNaissance, prenoms: p.prenoms, dateNaissance: frenchDay(p.birthDate),
    })).sort((a, b) => order[a.lien] - order[b.lien]);
  }

  async function view(row: DemandeTable): Promise<Demande> {
    const demandeur = await deps.persons.byId(row.personId);
    if (!demandeur) throw fail('resource.notFound', 'No such request');
    const { nextMemberId: _next, ...answers } = JSON.parse(row.answers) as StoredAnswers;
    return {
      ...summary(row),
      demandeur: { id: 'demandeur', nom: demandeur.nomUsage ?? demandeur.nomNaissance, prenoms: demandeur.prenoms, dateNaissance: frenchDay(demandeur.birthDate) },
      answers,
      knownMembers: row.status === 'brouillon' ? await knownMembers(demandeur) : [],
    };
  }

  /** The request if it is the viewer's owner's; an expired draft is deleted and, like another's, a 404. */
  async function load(viewer: Viewer, id: string): Promise<DemandeTable> {
    const row = await db.selectFrom('demandes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.owner !== ownerOf(viewer)) throw fail('resource.notFound', 'No such request');
    if (row.status === 'brouillon' && row.expiresAt !== null && row.expiresAt <= iso(clock.now())) {
      await db.deleteFrom('demandes').where('id', '=', row.id).where('status', '=', 'brouillon').execute();
      throw fail('resource.notFound', 'No such request');
    }
    return row;
  }

  async function loadDraft(viewer: Viewer, id: string, step: DemandeStep): Promise<{ row: DemandeTable; answers: StoredAnswers }> {
    requireRight(viewer, 'prestation.request');
    const row = await load(viewer, id);
    if (row.status !== 'brouillon') throw fail('demande.sent', 'This request has been sent: it can no longer change');
    const answers = JSON.parse(row.answers) as StoredAnswers;
    const missing = DEMANDE_STEPS.slice(0, DEMANDE_STEPS.indexOf(step)).find((s) => answers[s] === null);
    if (missing) throw fail('flow.step', `Answer ${missing} first`, missing);
    return { row, answers };
  }

  async function store(row: DemandeTable, answers: StoredAnswers): Promise<Demande> {
    const now = clock.now();
    const values = { answers: JSON.stringify(answers), updatedAt: iso(now), expiresAt: iso(now + RETENTION_MS) };
    const updated = await db.updateTable('demandes').set(values).where('id', '=', row.id).where('status', '=', 'brouillon').executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw fail('demande.sent', 'This request has been sent: it can no longer change');
    return view({ ...row, ...values });
  }

  const checkMember = (m: MemberInput, i: number, nowMs: number) => ({
    lien: m.lien,
    nom: displayName(must(checkName(m.nom, 'nomNaissance'), `members.${i}.nom`)),
    prenoms: displayName(must(checkName(m.prenoms, 'prenoms'), `members.${i}.prenoms`)),
    dateNaissance: formatDay(must(checkPastDay(m.dateNaissance, todayOf(nowMs)), `members.${i}.dateNaissance`)),
  });

  /** A number for a sent request: "AL-2026-123456" (prestation, year, 6 random digits; unique, drawn again on a clash). */
  const newNumber = (nowMs: number) => `AL-${today(nowMs).year}-${randomDigits(6)}`;

  return {
    async demarches(viewer: Viewer): Promise<Demarches> {
      requireRight(viewer, 'demarches.read');
      const now = iso(clock.now());
      await db.deleteFrom('demandes').where('owner', '=', ownerOf(viewer)).where('status', '=', 'brouillon').where('expiresAt', '<=', now).execute();
      let query = db.selectFrom('demandes').selectAll().where('owner', '=', ownerOf(viewer));
      // A conjoint without autorisation de gestion sees the requests sent, not the drafts (services/rights.ts).
      if (!can(viewer.subject, 'prestation.request')) query = query.where('status', '!=', 'brouillon');
      const rows = await query.orderBy('updatedAt', 'desc').execute();
      return { demarches: rows.map(summary), draftRetentionDays: DRAFT_RETENTION_DAYS };
    },

    /** The owner's live draft of this prestation, or a new one (so a retried start finds the same draft). */
    async start(viewer: Viewer, prestation: Prestation): Promise<Demande> {
      requireRight(viewer, 'prestation.request');
      const owner = ownerOf(viewer);
      const find = () => db.selectFrom('demandes').selectAll().where('owner', '=', owner).where('prestation', '=', prestation)
        .where('status', '=', 'brouillon').executeTakeFirst();
      const existing = await find();
      if (existing && (existing.expiresAt === null || existing.expiresAt > iso(clock.now()))) return view(existing);
      if (existing) await db.deleteFrom('demandes').where('id', '=', existing.id).execute();
      const now = clock.now();
      const row: DemandeTable = {
        id: randomId(), prestation, owner, householdId: viewer.person.householdId, personId: viewer.person.id, status: 'brouillon',
        answers: JSON.stringify(EMPTY), number: null, createdAt: iso(now), updatedAt: iso(now), expiresAt: iso(now + RETENTION_MS), sentAt: null,
      };
      try {
        await db.insertInto('demandes').values(row).execute();
      } catch (error) {
        // Two starts at once (two kiosks, or a retry): the unique draft index let one through; answer that one.
        const raced = await find();
        if (raced) return view(raced);
        throw error;
      }
      return view(row);
    },

    async get(viewer: Viewer, id: string): Promise<Demande> {
      requireRight(viewer, 'prestation.request');
      return view(await load(viewer, id));
    },

    async saveFoyer(viewer: Viewer, id: string, input: FoyerInput): Promise<Demande> {
      const { row, answers } = await loadDraft(viewer, id, 'foyer');
      const now = clock.now();
      const checked = input.members.map((m, i) => checkMember(m, i, now));
      if (checked.filter((m) => m.lien === 'conjoint').length > 1) {
        throw invalid('lien.conjointTwice', `members.${checked.findLastIndex((m) => m.lien === 'conjoint')}.lien`);
      }
      // Keep a member's id (and so their resources) when the visitor corrects the list, or when a save is retried
      // without the ids the lost answer carried: a member is the same one when every answer about them is.
      const previous = answers.foyer?.members ?? [];
      const same = (a: Omit<Member, 'id'>, b: Omit<Member, 'id'>) =>
        a.lien === b.lien && a.nom === b.nom && a.prenoms === b.prenoms && a.dateNaissance === b.dateNaissance;
      let next = answers.nextMemberId;
      const taken = new Set<string>();
      const members: Member[] = checked.map((m, i) => {
        const askedId = input.members[i]?.id;
        const kept = previous.find((p) => !taken.has(p.id) && (p.id === askedId || same(p, m)));
        const memberId = kept?.id ?? `m-${next++}`;
        taken.add(memberId);
        return { id: memberId, ...m };
      });
      const ids = new Set(['demandeur', ...members.map((m) => m.id)]);
      const ressources = answers.ressources
        ? { ressources: answers.ressources.ressources.filter((r) => ids.has(r.memberId)) }
        : null;
      return store(row, { ...answers, nextMemberId: next, foyer: { members }, ressources });
    },

    async saveLogement(viewer: Viewer, id: string, input: LogementInput): Promise<Demande> {
      const { row, answers } = await loadDraft(viewer, id, 'logement');
      const logement = {
        address: checkedAddress(input.address, 'address'),
        statut: input.statut,
        kind: input.kind,
        dateEntree: formatDay(must(checkPastDay(input.dateEntree, todayOf(clock.now())), 'dateEntree')),
      };
      return store(row, { ...answers, logement });
    },

    async saveLoyer(viewer: Viewer, id: string, input: LoyerInput): Promise<Demande> {
      const { row, answers } = await loadDraft(viewer, id, 'loyer');
      const loyer = {
        montant: formatAmount(must(checkAmount(input.montant, MAX_CENTS.monthly), 'montant')),
        charges: formatAmount(must(checkAmount(input.charges, MAX_CENTS.charges), 'charges')),
        bailleur: { nom: requiredText(input.bailleur.nom, 'bailleur.nom', 100), address: checkedAddress(input.bailleur.address, 'bailleur.address') },
      };
      return store(row, { ...answers, loyer });
    },

    async saveRessources(viewer: Viewer, id: string, input: RessourcesInput): Promise<Demande> {
      const { row, answers } = await loadDraft(viewer, id, 'ressources');
      const ids = memberIds(answers);
      const byMember = new Map<string, string>();
      input.ressources.forEach((r, i) => {
        if (!ids.includes(r.memberId) || byMember.has(r.memberId)) throw invalid('memberId.invalid', `ressources.${i}.memberId`);
        byMember.set(r.memberId, formatAmount(must(checkAmount(r.montant, MAX_CENTS.yearly), `ressources.${i}.montant`)));
      });
      const missing = ids.find((m) => !byMember.has(m));
      if (missing) throw invalid('ressources.incomplete', 'ressources');
      return store(row, { ...answers, ressources: { ressources: ids.map((memberId) => ({ memberId, montant: byMember.get(memberId)! })) } });
    },

    async saveBanque(viewer: Viewer, id: string, input: BanqueInput): Promise<Demande> {
      const { row, answers } = await loadDraft(viewer, id, 'banque');
      const banque = { titulaire: requiredText(input.titulaire, 'titulaire', 100), iban: formatIban(must(checkIban(input.iban), 'iban')) };
      return store(row, { ...answers, banque });
    },

    /**
     * "Envoyer ma demande": the request gets its number and date, and a courrier says it was received. Sending a
     * request already sent answers it as it is (a retry after a lost answer gets the same number). For an applicant
     * without an allocataire household, the request opens the household's file: a new allocataire number, and the
     * applicant its responsable.
     */
    async send(viewer: Viewer, id: string, declarationHonneur: boolean): Promise<Demande> {
      requireRight(viewer, 'prestation.request');
      const row = await load(viewer, id);
      if (row.status !== 'brouillon') return view(row);
      const missing = resumeAt(JSON.parse(row.answers) as StoredAnswers);
      if (missing !== 'recapitulatif') throw fail('demande.incomplete', `Answer ${missing} first`, missing);
      if (!declarationHonneur) throw invalid('declarationHonneur.required', 'declarationHonneur');
      const now = clock.now();
      const sentAt = iso(now);
      for (let attempt = 0; ; attempt++) {
        const number = newNumber(now);
        try {
          const sent = await db.transaction().execute(async (trx) => {
            let householdId = row.householdId;
            if (!householdId) {
              householdId = `h-${randomId()}`;
              await trx.insertInto('households').values({ id: householdId, allocataireNumber: randomDigits(7) }).execute();
              await trx.updateTable('persons').set({ householdId, role: 'responsable' })
                .where('id', '=', row.personId).where('householdId', 'is', null).execute();
            }
            const updated = await trx.updateTable('demandes')
              .set({ status: 'recue', number, sentAt, expiresAt: null, householdId, owner: householdId, updatedAt: sentAt })
              .where('id', '=', row.id).where('status', '=', 'brouillon').executeTakeFirst();
            if (Number(updated.numUpdatedRows) === 0) return false; // sent meanwhile by another kiosk: roll back
            await trx.insertInto('courriers').values({
              id: randomId(), householdId, date: parisDay.format(now), kind: 'courriel',
              subject: `Votre demande d'${PRESTATION_LABELS[row.prestation]} a bien été reçue`,
              body: JSON.stringify([
                'Madame, Monsieur,',
                `Nous avons bien reçu votre demande d'${PRESTATION_LABELS[row.prestation]} n° ${number}, envoyée le ${parisDateTime.format(now).replace(' ', ' à ')}.`,
                'Votre Caf va l\'étudier. Si elle a besoin d\'un document, elle vous le demandera dans « Mes courriers, courriels ».',
                'Vous pouvez suivre votre demande et imprimer son accusé de réception dans « Mes démarches ».',
              ]),
            }).execute();
            return true;
          });
          if (!sent) throw new Error('raced');
          break;
        } catch (error) {
          if (error instanceof HttpError) throw error;
          // A number already given (or a household number clash) draws again; a concurrent send is answered as sent.
          const now2 = await db.selectFrom('demandes').selectAll().where('id', '=', row.id).executeTakeFirst();
          if (now2 && now2.status !== 'brouillon') return view(now2);
          if (attempt >= 4) throw error;
        }
      }
      return view(await db.selectFrom('demandes').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow());
    },

    async accuseReception(viewer: Viewer, id: string): Promise<AccuseReception> {
      requireRight(viewer, 'prestation.request');
      const row = await load(viewer, id);
      if (row.status === 'brouillon' || !row.number || !row.sentAt || !row.householdId) {
        throw fail('demande.notSent', 'Send the request first');
      }
      const person = await deps.persons.byId(row.personId);
      const household = await db.selectFrom('households').selectAll().where('id', '=', row.householdId).executeTakeFirstOrThrow();
      const answers = JSON.parse(row.answers) as StoredAnswers;
      const label = PRESTATION_LABELS[row.prestation];
      const address = answers.logement?.address;
      return {
        number: row.number, prestation: row.prestation, sentAt: row.sentAt, allocataireNumber: household.allocataireNumber,
        holder: person ? `${person.civilite} ${person.prenoms} ${person.nomUsage ?? person.nomNaissance}` : '',
        body: [
          `La Caf accuse réception de votre demande d'${label} n° ${row.number}, reçue le ${parisDateTime.format(Date.parse(row.sentAt)).replace(' ', ' à ')}.`,
          ...(address ? [`Logement : ${address.line}, ${address.postalCode} ${address.city}.`] : []),
          ...(answers.banque ? [`Compte de versement : ${maskIban(answers.banque.iban)}.`] : []),
          'Ce document atteste que votre demande a été reçue. Il ne vaut pas décision : la Caf vous écrira quand elle aura étudié votre droit.',
        ],
      };
    },
  };
}
