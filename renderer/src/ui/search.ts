// Accent-, case- and punctuation-insensitive matching for the comboboxes: a visitor typing "st etienne" or
// "saint etienne" on a keyboard without accents still finds "Saint-Étienne".
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name, in order ("sai eti" matches "saint etienne"). */
export function matchesSearch(foldedName: string, foldedQuery: string): boolean {
  if (foldedName.startsWith(foldedQuery)) return true;
  const words = foldedName.split(' ');
  const parts = foldedQuery.split(' ');
  let w = 0;
  for (const part of parts) {
    while (w < words.length && !words[w]!.startsWith(part)) w += 1;
    if (w === words.length) return false;
    w += 1;
  }
  return true;
}
