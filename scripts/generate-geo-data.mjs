#!/usr/bin/env node
// Regenerates the reference data that shared/domain bundles (run: `node scripts/generate-geo-data.mjs`, commit the output).
// Inputs:
//   - @etalab/decoupage-administratif (INSEE COG as published by Etalab): départements and communes. Its main entry reads
//     files relative to the working directory, so its JSON files are read directly.
//   - resources/reference-data/insee-countries-2025.csv (INSEE COG 2025 countries, see the README beside it).
// Outputs (shared/domain/data/), slim so that the renderer can lazy-load them:
//   - departements.json   [[code, nom], …] in COG order
//   - communes.json       { [département]: [[code, nom], …] } current communes only (type commune-actuelle)
//   - commune-aliases.json { [code]: currentCode } codes that a NIR may carry for a place that is now part of a current
//     commune: arrondissements municipaux of Paris/Lyon/Marseille, communes déléguées/associées, and former codes
//     (anciensCodes). Used by nirConsistency so that such a NIR is not reported as disagreeing with the birthplace.
//   - countries.json      [[code, nom], …] INSEE 99xxx codes, France (99100) left out: "Étranger" means not France.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}shared/domain/data/`;
mkdirSync(outDir, { recursive: true });

const communes = require('@etalab/decoupage-administratif/data/communes.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');

const write = (name, value) => {
  // One entry per line: readable diffs when the COG changes, still compact.
  let text;
  if (Array.isArray(value)) text = `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`;
  else text = `{\n${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}\n`;
  writeFileSync(outDir + name, text);
  console.log(`${name}: ${Array.isArray(value) ? value.length : Object.keys(value).length} entries, ${text.length} bytes`);
};

write('departements.json', departements.map((d) => [d.code, d.nom]));

const byDepartement = {};
for (const c of communes) {
  if (c.type !== 'commune-actuelle') continue;
  (byDepartement[c.departement] ??= []).push([c.code, c.nom]);
}
write('communes.json', byDepartement);

const current = new Set(communes.filter((c) => c.type === 'commune-actuelle').map((c) => c.code));
const aliases = {};
const alias = (from, to) => {
  if (from !== to && !current.has(from) && current.has(to)) aliases[from] = to;
};
for (const c of communes) {
  if (c.type === 'arrondissement-municipal') alias(c.code, c.commune);
  else if (c.type === 'commune-deleguee' || c.type === 'commune-associee') alias(c.code, c.chefLieu);
  if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) alias(old, c.code);
}
write('commune-aliases.json', Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))));

// Minimal RFC 4180 reader: the CSV quotes fields that hold commas.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const [header, ...rows] = parseCsv(readFileSync(`${root}resources/reference-data/insee-countries-2025.csv`, 'utf8'));
const col = (name) => header.indexOf(name);
const countries = rows
  .map((r) => [r[col('code')], r[col('name')]])
  .filter(([code]) => /^99\d{3}$/.test(code) && code !== '99100')
  .sort(([, a], [, b]) => a.localeCompare(b, 'fr'));
write('countries.json', countries);
