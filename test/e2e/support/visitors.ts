// The sandbox's seeded people with a Mon Compte account (backend/src/db/seed-data.ts), as a visit isolation test needs
// them: what must never be seen again after their visit (name, NIR, contact) and how they log in.
export interface Visitor {
  nir: string;
  nomNaissance: string;
  prenoms: string;
  contact: string;
  password: string;
}

export const seededVisitors: Visitor[] = [
  { nir: '2780506088101', nomNaissance: 'FONTAINE', prenoms: 'VERONIQUE', contact: 'veronique.fontaine@example.fr', password: 'Veronique2021' },
  { nir: '1760931555102', nomNaissance: 'FONTAINE', prenoms: 'MARC', contact: 'marc.fontaine@example.fr', password: 'Marc2021Conjoint' },
  { nir: '2080206088103', nomNaissance: 'FONTAINE', prenoms: 'LEA', contact: '+33612345603', password: 'LeaFontaine16' },
  { nir: '1450731555104', nomNaissance: 'FONTAINE', prenoms: 'ROBERT', contact: 'robert.fontaine@example.fr', password: 'Robert1945Papi' },
  { nir: '2851133063105', nomNaissance: 'BENALI', prenoms: 'SAMIA', contact: 'samia.benali@example.fr', password: 'Samia2021Benali' },
  { nir: '1830433063106', nomNaissance: 'BENALI', prenoms: 'KARIM', contact: '+33612345606', password: 'Karim2021Benali' },
];

/** The visitor's traces as they could appear on a screen (raw and spaced NIR, name in capitals or not). */
export function tracesOf(v: Visitor): RegExp[] {
  const spacedNir = `${v.nir[0]} ${v.nir.slice(1, 3)} ${v.nir.slice(3, 5)} ${v.nir.slice(5, 7)} ${v.nir.slice(7, 10)} ${v.nir.slice(10, 13)}`;
  const national = v.contact.startsWith('+33') ? `0${v.contact.slice(3)}` : v.contact;
  return [v.nir, spacedNir, v.prenoms, v.contact, national].map((s) => new RegExp(s.replace(/[.+]/g, '\\$&'), 'i'));
}
