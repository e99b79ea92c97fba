// The themes and prestations of "Faire une demande de prestation" (« Créer mon espace Mon Compte »: "Le logement", "Les
// enfants", …, and the prestations of "Le logement"). Ids only: the words are in messages.fr.ts.
export const themes = [
  { id: 'logement', prestations: ['aideLogement', 'primeDemenagement', 'versementDirect', 'attestationLoyer', 'certificatPret', 'pretAmelioration'] },
  { id: 'enfants', prestations: ['paje', 'allocationsFamiliales', 'cmg'] },
  { id: 'separation', prestations: ['asf', 'deces'] },
  { id: 'rsa', prestations: ['rsa', 'primeActivite'] },
  { id: 'handicap', prestations: ['aah', 'aeeh', 'ajpp'] },
  { id: 'autres', prestations: ['changementSituation'] },
] as const;

export type ThemeId = (typeof themes)[number]['id'];
export type PrestationId = (typeof themes)[number]['prestations'][number];

export function themeOf(id: string) {
  return themes.find((t) => t.id === id) ?? null;
}

export function hasPrestation(themeId: string, prestationId: string): boolean {
  return (themeOf(themeId)?.prestations as readonly string[] | undefined)?.includes(prestationId) ?? false;
}
