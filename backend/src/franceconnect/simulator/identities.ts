// The identity providers FranceConnect offers (« Me connecter à Mon Compte »: "impots.gouv.fr, ameli.fr, IN la Poste,
// MSA, Yris, France Identité") and the sandbox identities each of them knows. Claims follow the FranceConnect v2 pivot
// identity:
// given_name (all given names, space separated), family_name (birth name), birthdate YYYY-MM-DD, gender male|female,
// birthplace (INSEE COG code of the commune, empty when born abroad), birthcountry (INSEE code, 99100 = France),
// email, preferred_username (nom d'usage, empty when none).
// Source: https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-scope-fc/

export interface IdentityProvider {
  id: string;
  name: string;
  /** What the provider's login form asks (its own words). */
  identifierLabel: string;
}

export const IDENTITY_PROVIDERS: readonly IdentityProvider[] = [
  { id: 'impots', name: 'impots.gouv.fr', identifierLabel: 'Numéro fiscal' },
  { id: 'ameli', name: 'ameli.fr', identifierLabel: 'Numéro de sécurité sociale' },
  { id: 'laposte', name: "L'Identité Numérique La Poste", identifierLabel: 'Adresse e-mail' },
  { id: 'msa', name: 'MSA', identifierLabel: 'Numéro de sécurité sociale' },
  { id: 'yris', name: 'Yris', identifierLabel: 'Numéro de téléphone portable' },
  { id: 'france-identite', name: 'France Identité', identifierLabel: 'Identifiant France Identité' },
];

export interface PivotIdentity {
  given_name: string;
  family_name: string;
  birthdate: string;
  gender: 'male' | 'female';
  birthplace: string;
  birthcountry: string;
  email: string;
  preferred_username: string;
}

export interface SandboxIdentity {
  /** Stable id; the `sub` FranceConnect gives is derived from it. */
  id: string;
  /** What the sandbox page says about this person (for testers and workshop agents). */
  note: string;
  /** Typed on the provider's login form (every provider of the sandbox accepts every identity). */
  identifier: string;
  password: string;
  claims: PivotIdentity;
}

/**
 * The sandbox identities. The first two are seed persons of the back end (backend/src/db/seed-data.ts) with a Mon
 * Compte account: FranceConnect opens it (a full session for Véronique, a migration session for Pierre, whose legacy
 * account must first go through « Comment je fais pour me connecter … sur mon mobile ? »'s first login). The last two
 * have no Mon Compte account: FranceConnect offers account creation, prefilled.
 */
export const SANDBOX_IDENTITIES: readonly SandboxIdentity[] = [
  {
    id: 'fc-veronique-fontaine',
    note: 'Allocataire, a un compte Mon Compte',
    identifier: '2780506088101',
    password: 'FranceConnect1',
    claims: {
      given_name: 'Véronique',
      family_name: 'FONTAINE',
      birthdate: '1978-05-12',
      gender: 'female',
      birthplace: '06088',
      birthcountry: '99100',
      email: 'veronique.fontaine@example.fr',
      preferred_username: '',
    },
  },
  {
    id: 'fc-pierre-martin',
    note: 'Allocataire, première connexion depuis le changement d\'identifiant',
    identifier: '1600667482107',
    password: 'FranceConnect2',
    claims: {
      given_name: 'Pierre',
      family_name: 'MARTIN',
      birthdate: '1960-06-15',
      gender: 'male',
      birthplace: '67482',
      birthcountry: '99100',
      email: 'pierre.martin@example.fr',
      preferred_username: '',
    },
  },
  {
    id: 'fc-lucas-moreau',
    note: 'Né en France, sans compte Mon Compte',
    identifier: '1901113055123',
    password: 'FranceConnect3',
    claims: {
      given_name: 'Lucas Antoine',
      family_name: 'MOREAU',
      birthdate: '1990-11-02',
      gender: 'male',
      birthplace: '13055',
      birthcountry: '99100',
      email: 'lucas.moreau@example.fr',
      preferred_username: '',
    },
  },
  {
    id: 'fc-ana-pereira',
    note: "Née à l'étranger, avec un nom d'usage, sans compte Mon Compte",
    identifier: '2750399139045',
    password: 'FranceConnect4',
    claims: {
      given_name: 'Ana Sofia',
      family_name: 'PEREIRA',
      birthdate: '1975-03-28',
      gender: 'female',
      birthplace: '',
      birthcountry: '99139',
      email: 'ana.pereira@example.fr',
      preferred_username: 'MARTIN',
    },
  },
];
