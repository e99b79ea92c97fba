// Sources: INSEE Code officiel géographique — communes and départements through @etalab/decoupage-administratif
// (Nice 06088, Ajaccio 2A004, Les Abymes 97101, Mamoudzou 97611, Paris 75056), countries from the INSEE COG 2025 list
// in resources/reference-data (Grèce 99126, Algérie 99352, Tchéquie 99116; Tchécoslovaquie 99115 is a former country).
import { describe, expect, it } from 'vitest';
import { checkBirthPlace, communesOf, countries, departements } from '@shared/domain/birthplace';

describe('departements', () => {
  it('lists the 101 départements and the overseas collectivités, with their names', () => {
    const list = departements();
    expect(list).toHaveLength(109);
    expect(list).toContainEqual({ code: '06', nom: 'Alpes-Maritimes' });
    expect(list).toContainEqual({ code: '2A', nom: 'Corse-du-Sud' });
    expect(list).toContainEqual({ code: '971', nom: 'Guadeloupe' });
    expect(list).toContainEqual({ code: '976', nom: 'Mayotte' });
    expect(list.map((d) => d.code)).not.toContain('20');
  });

  it('gives a copy that the caller may change freely', () => {
    const first = departements();
    first[0]!.nom = 'changed';
    expect(departements()[0]!.nom).not.toBe('changed');
  });
});

describe('communesOf', () => {
  it('lists the current communes of a département', () => {
    const alpesMaritimes = communesOf('06');
    expect(alpesMaritimes).toContainEqual({ code: '06088', nom: 'Nice' });
    expect(alpesMaritimes.every((c) => c.code.startsWith('06'))).toBe(true);
    expect(communesOf('2a')).toContainEqual({ code: '2A004', nom: 'Ajaccio' });
    expect(communesOf('971')).toContainEqual({ code: '97101', nom: 'Les Abymes' });
  });

  it('lists a city, not its arrondissements, nor communes déléguées', () => {
    expect(communesOf('75')).toEqual([{ code: '75056', nom: 'Paris' }]);
    expect(communesOf('01').map((c) => c.code)).not.toContain('01340');
  });

  it('gives nothing for an unknown département', () => {
    expect(communesOf('20')).toEqual([]);
    expect(communesOf('00')).toEqual([]);
    expect(communesOf('constructor')).toEqual([]);
  });

  it('gives a copy that the caller may change freely', () => {
    communesOf('06')[0]!.nom = 'changed';
    expect(communesOf('06')[0]!.nom).not.toBe('changed');
  });
});

describe('countries', () => {
  it('lists the countries of the INSEE COG 2025 without France, sorted by name', () => {
    const list = countries();
    expect(list).toContainEqual({ code: '99126', nom: 'Grèce' });
    expect(list).toContainEqual({ code: '99352', nom: 'Algérie' });
    expect(list.map((c) => c.code)).not.toContain('99100');
    expect(list.map((c) => c.code)).not.toContain('99115');
    const names = list.map((c) => c.nom);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(list.every((c) => /^99\d{3}$/.test(c.code))).toBe(true);
  });
});

describe('checkBirthPlace', () => {
  it('accepts a commune of its département, normalised', () => {
    expect(checkBirthPlace({ kind: 'france', departement: '06', commune: '06088' }))
      .toEqual({ ok: true, value: { kind: 'france', departement: '06', commune: '06088' } });
    expect(checkBirthPlace({ kind: 'france', departement: ' 2a ', commune: '2a004' }))
      .toEqual({ ok: true, value: { kind: 'france', departement: '2A', commune: '2A004' } });
    expect(checkBirthPlace({ kind: 'france', departement: '976', commune: '97611' }).ok).toBe(true);
  });

  it('accepts a current country', () => {
    expect(checkBirthPlace({ kind: 'etranger', pays: ' 99126 ' })).toEqual({ ok: true, value: { kind: 'etranger', pays: '99126' } });
  });

  it.each([
    [{ kind: 'france', departement: '', commune: '' }, 'birthPlace.required'],
    [{ kind: 'france', departement: '06', commune: ' ' }, 'birthPlace.required'],
    [{ kind: 'france', departement: '20', commune: '20004' }, 'birthPlace.departement'],
    [{ kind: 'france', departement: '99', commune: '99126' }, 'birthPlace.departement'],
    [{ kind: 'france', departement: '06', commune: '13055' }, 'birthPlace.commune'],
    [{ kind: 'france', departement: '06', commune: '06999' }, 'birthPlace.commune'],
    [{ kind: 'france', departement: '75', commune: '75111' }, 'birthPlace.commune'],
    [{ kind: 'etranger', pays: '' }, 'birthPlace.required'],
    [{ kind: 'etranger', pays: '99100' }, 'birthPlace.pays'],
    [{ kind: 'etranger', pays: '99115' }, 'birthPlace.pays'],
    [{ kind: 'etranger', pays: 'Grèce' }, 'birthPlace.pays'],
  ])('refuses %j with %s', (input, error) => {
    expect(checkBirthPlace(input as never)).toEqual({ ok: false, error });
  });

  it('refuses what is not a birthplace at all (JSON from the wire)', () => {
    expect(checkBirthPlace(null as never)).toEqual({ ok: false, error: 'birthPlace.required' });
    expect(checkBirthPlace('06088' as never)).toEqual({ ok: false, error: 'birthPlace.required' });
    expect(checkBirthPlace({ kind: 'mars' } as never)).toEqual({ ok: false, error: 'birthPlace.required' });
    expect(checkBirthPlace({ kind: 'france', departement: 6, commune: 6088 } as never)).toEqual({ ok: false, error: 'birthPlace.required' });
    expect(checkBirthPlace({ kind: 'etranger' } as never)).toEqual({ ok: false, error: 'birthPlace.required' });
  });
});

describe('reference data integrity', () => {
  // Plain loops collecting the offenders: one assertion each, not 35,000.
  it('accepts every listed commune of every listed département, and every listed country', () => {
    const refused: string[] = [];
    let count = 0;
    for (const { code: departement } of departements()) {
      const communes = communesOf(departement);
      if (communes.length === 0) refused.push(`${departement}: no commune`);
      for (const { code, nom } of communes) {
        const result = checkBirthPlace({ kind: 'france', departement, commune: code });
        if (!result.ok || nom === '' || !code.startsWith(departement)) refused.push(`${departement} ${code} ${nom}`);
        count += 1;
      }
    }
    for (const { code } of countries()) if (!checkBirthPlace({ kind: 'etranger', pays: code }).ok) refused.push(code);
    expect(refused).toEqual([]);
    // INSEE COG: about 35,000 current communes (34,969 in the @etalab/decoupage-administratif 6.0.0 data).
    expect(count).toBeGreaterThan(34000);
  });
});
