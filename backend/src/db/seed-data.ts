// The sandbox's seed identities (listed with their passwords in backend/README.md). NIRs are valid (correct key,
// consistent with sex, birth date and place). Restored by POST /sandbox/reset.
import type { PersonTable } from './schema';

type SeedPerson = Omit<PersonTable, 'createdAt' | 'birthPlace' | 'autorisationGestion'> & {
  birthPlace: { kind: 'france'; departement: string; commune: string } | { kind: 'etranger'; pays: string };
  autorisationGestion?: boolean;
  account?: { password: string; mobile?: string; email?: string; identifier?: string };
  legacy?: { allocataireNumber: string; password: string };
  documents?: Array<{ kind: 'carte-identite' | 'titre-sejour' | 'passeport'; number: string }>;
};

const nice = { kind: 'france', departement: '06', commune: '06088' } as const;
const toulouse = { kind: 'france', departement: '31', commune: '31555' } as const;
const bordeaux = { kind: 'france', departement: '33', commune: '33063' } as const;
const strasbourg = { kind: 'france', departement: '67', commune: '67482' } as const;

export const SEED_HOUSEHOLDS = [
  { id: 'h-fontaine', allocataireNumber: '1234567' },
  { id: 'h-benali', allocataireNumber: '7654321' },
  { id: 'h-martin', allocataireNumber: '1122334' },
];

export const SEED_PERSONS: SeedPerson[] = [
  // Household FONTAINE: the allocataire of « Comment je fais pour me connecter … sur mon mobile ? » ("VERONIQUE F.",
  // last payment 25/05/2021, 58 €).
  { id: 'p-veronique', nir: '2780506088101', civilite: 'MADAME', nomNaissance: 'FONTAINE', prenoms: 'VERONIQUE', nomUsage: null,
    birthDate: '1978-05-12', birthPlace: nice, householdId: 'h-fontaine', role: 'responsable',
    account: { password: 'Veronique2021', email: 'veronique.fontaine@example.fr', mobile: '+33612345601' } },
  { id: 'p-marc', nir: '1760931555102', civilite: 'MONSIEUR', nomNaissance: 'FONTAINE', prenoms: 'MARC', nomUsage: null,
    birthDate: '1976-09-03', birthPlace: toulouse, householdId: 'h-fontaine', role: 'conjoint', autorisationGestion: true,
    account: { password: 'Marc2021Conjoint', email: 'marc.fontaine@example.fr' } },
  { id: 'p-lea', nir: '2080206088103', civilite: 'MADAME', nomNaissance: 'FONTAINE', prenoms: 'LEA', nomUsage: null,
    birthDate: '2008-02-20', birthPlace: nice, householdId: 'h-fontaine', role: 'enfant',
    account: { password: 'LeaFontaine16', mobile: '+33612345603' } },
  { id: 'p-robert', nir: '1450731555104', civilite: 'MONSIEUR', nomNaissance: 'FONTAINE', prenoms: 'ROBERT', nomUsage: null,
    birthDate: '1945-07-21', birthPlace: toulouse, householdId: 'h-fontaine', role: 'personne-a-charge',
    account: { password: 'Robert1945Papi', email: 'robert.fontaine@example.fr' } },
  // Household BENALI: a conjoint without autorisation de gestion, and a child over 15 without an account yet.
  { id: 'p-samia', nir: '2851133063105', civilite: 'MADAME', nomNaissance: 'BENALI', prenoms: 'SAMIA', nomUsage: null,
    birthDate: '1985-11-02', birthPlace: bordeaux, householdId: 'h-benali', role: 'responsable',
    account: { password: 'Samia2021Benali', email: 'samia.benali@example.fr' } },
  { id: 'p-karim', nir: '1830433063106', civilite: 'MONSIEUR', nomNaissance: 'BENALI', prenoms: 'KARIM', nomUsage: null,
    birthDate: '1983-04-17', birthPlace: bordeaux, householdId: 'h-benali', role: 'conjoint', autorisationGestion: false,
    account: { password: 'Karim2021Benali', mobile: '+33612345606' } },
  { id: 'p-ines', nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'BENALI', prenoms: 'INES', nomUsage: null,
    birthDate: '2009-02-08', birthPlace: bordeaux, householdId: 'h-benali', role: 'enfant' },
  // Household MARTIN: a legacy allocataire (allocataire number + 8-digit password) who must migrate (« Comment je fais
  // pour me connecter … sur mon mobile ? »).
  { id: 'p-pierre', nir: '1600667482107', civilite: 'MONSIEUR', nomNaissance: 'MARTIN', prenoms: 'PIERRE', nomUsage: null,
    birthDate: '1960-06-15', birthPlace: strasbourg, householdId: 'h-martin', role: 'responsable',
    legacy: { allocataireNumber: '1122334', password: '47110592' } },
  // A new applicant: not allocataire, no household, who has just created Mon Compte (issue 14: her first request opens
  // the household's file).
  { id: 'p-claire', nir: '2950306088111', civilite: 'MADAME', nomNaissance: 'MOREL', prenoms: 'CLAIRE', nomUsage: null,
    birthDate: '1995-03-14', birthPlace: nice, householdId: null, role: 'aucun',
    account: { password: 'Claire2026Morel', email: 'claire.morel@example.fr' } },
  // Registry persons without household nor account (identity documents checked at account creation, « Créer mon espace
  // Mon Compte », step ⑦).
  { id: 'p-julie', nir: '2800106088108', civilite: 'MADAME', nomNaissance: 'DUPONT', prenoms: 'JULIE', nomUsage: null,
    birthDate: '1980-01-01', birthPlace: nice, householdId: null, role: 'aucun',
    documents: [{ kind: 'carte-identite', number: '880692310285' }] },
  { id: 'p-thomas', nir: '1901031555109', civilite: 'MONSIEUR', nomNaissance: 'LEROY', prenoms: 'THOMAS', nomUsage: null,
    birthDate: '1990-10-10', birthPlace: toulouse, householdId: null, role: 'aucun',
    documents: [{ kind: 'passeport', number: '18AB12345' }] },
  { id: 'p-amina', nir: null, civilite: 'MADAME', nomNaissance: 'DIALLO', prenoms: 'AMINA', nomUsage: null,
    birthDate: '1992-04-04', birthPlace: { kind: 'etranger', pays: '99341' }, householdId: null, role: 'aucun',
    documents: [{ kind: 'titre-sejour', number: '1234567890' }] },
];

const paragraphs = (...lines: string[]) => JSON.stringify(lines);

export const SEED_PAYMENTS = [
  { id: 'pay-1', householdId: 'h-fontaine', date: '2021-05-25', amountCents: 5800, label: 'Aide personnalisée au logement', paidToThirdParty: 1 },
  { id: 'pay-2', householdId: 'h-fontaine', date: '2021-04-26', amountCents: 5800, label: 'Aide personnalisée au logement', paidToThirdParty: 1 },
  { id: 'pay-3', householdId: 'h-fontaine', date: '2021-03-25', amountCents: 5800, label: 'Aide personnalisée au logement', paidToThirdParty: 1 },
  { id: 'pay-4', householdId: 'h-benali', date: '2021-05-05', amountCents: 13_905, label: 'Allocations familiales', paidToThirdParty: 0 },
  { id: 'pay-5', householdId: 'h-martin', date: '2021-05-05', amountCents: 24_312, label: 'Prime d\'activité', paidToThirdParty: 0 },
];

export const SEED_ALLOCATIONS = [
  { id: 'alloc-1', householdId: 'h-fontaine', label: 'Aide personnalisée au logement (Apl)', monthlyAmountCents: 5800, since: '2019-09-01' },
  { id: 'alloc-2', householdId: 'h-benali', label: 'Allocations familiales', monthlyAmountCents: 13_905, since: '2012-03-01' },
  { id: 'alloc-3', householdId: 'h-martin', label: 'Prime d\'activité', monthlyAmountCents: 24_312, since: '2020-01-01' },
];

export const SEED_ATTESTATIONS = [
  { id: 'att-fontaine-paiement', householdId: 'h-fontaine', label: 'Attestation de paiement', issuedOn: '2021-06-01',
    body: paragraphs('La Caf atteste que l\'aide personnalisée au logement a été versée au bailleur pour le mois de mai 2021.', 'Montant : 58,00 €.') },
  { id: 'att-fontaine-qf', householdId: 'h-fontaine', label: 'Attestation de quotient familial', issuedOn: '2021-01-15',
    body: paragraphs('Quotient familial au 1er janvier 2021 : 612 €.') },
  { id: 'att-benali-paiement', householdId: 'h-benali', label: 'Attestation de paiement', issuedOn: '2021-06-01',
    body: paragraphs('La Caf atteste que les allocations familiales ont été versées pour le mois de mai 2021.', 'Montant : 139,05 €.') },
];

export const SEED_COURRIERS = [
  { id: 'cou-fontaine-1', householdId: 'h-fontaine', subject: 'Votre droit à l\'aide au logement', date: '2021-05-10', kind: 'courrier' as const,
    body: paragraphs('Madame, Monsieur,', 'Votre droit à l\'aide personnalisée au logement est maintenu à compter du 1er mai 2021.') },
  { id: 'cou-fontaine-2', householdId: 'h-fontaine', subject: 'Votre relevé de compte est disponible', date: '2021-05-26', kind: 'courriel' as const,
    body: paragraphs('Votre relevé de compte du mois de mai 2021 est disponible dans Mon Compte.') },
  { id: 'cou-benali-1', householdId: 'h-benali', subject: 'Vos allocations familiales', date: '2021-04-12', kind: 'courrier' as const,
    body: paragraphs('Madame, Monsieur,', 'Le montant de vos allocations familiales est révisé au 1er avril 2021.') },
];

/** "Mes démarches" of the FONTAINE household: the request that opened its aide personnalisée au logement, decided. */
export const SEED_DEMANDES = [
  { id: 'dem-fontaine-2019', prestation: 'aide-logement' as const, owner: 'h-fontaine', householdId: 'h-fontaine', personId: 'p-veronique',
    status: 'traitee' as const, number: 'AL-2019-104233', createdAt: '2019-08-12T09:10:00.000Z', updatedAt: '2019-08-20T14:02:00.000Z',
    expiresAt: null, sentAt: '2019-08-20T14:02:00.000Z',
    answers: JSON.stringify({
      nextMemberId: 4,
      foyer: { members: [
        { id: 'm-1', lien: 'conjoint', nom: 'FONTAINE', prenoms: 'MARC', dateNaissance: '03/09/1976' },
        { id: 'm-2', lien: 'enfant', nom: 'FONTAINE', prenoms: 'LEA', dateNaissance: '20/02/2008' },
        { id: 'm-3', lien: 'autre', nom: 'FONTAINE', prenoms: 'ROBERT', dateNaissance: '21/07/1945' },
      ] },
      logement: { address: { line: '12 rue des Mimosas', postalCode: '06000', city: 'NICE' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/08/2019' },
      loyer: { montant: '720,00', charges: '80,00', bailleur: { nom: 'CÔTE D\'AZUR HABITAT', address: { line: '53 boulevard René Cassin', postalCode: '06200', city: 'NICE' } } },
      ressources: { ressources: [
        { memberId: 'demandeur', montant: '14 200,00' }, { memberId: 'm-1', montant: '9 800,00' },
        { memberId: 'm-2', montant: '0,00' }, { memberId: 'm-3', montant: '11 400,00' },
      ] },
      banque: { titulaire: 'VERONIQUE FONTAINE', iban: 'FR1420041010050500013M02606' },
    }) },
];
