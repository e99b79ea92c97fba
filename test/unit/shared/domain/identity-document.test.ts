// Sources: ANTS / service-public.fr — the carte nationale d'identité issued until August 2021 (12 characters: year and
// month of issue, issuing département and office, sequence), the card issued since 2 August 2021 (9 letters and
// digits, Regulation (EU) 2019/1157), the French passport (9 characters: 2 digits, 2 letters, 5 digits), and the titre de
// séjour's 10-digit number.
// Vectors:
// - the specimen of the 2021 card published by ANTS and in the EU's PRADO register (FRA-BO-03001, MARTIN Maëlys-Gaëlle):
//   document number X4RTBPFW4 (its MRZ "IDFRAX4RTBPFW46…" is a fixture of many open-source MRZ parsers);
// - old-format cards used as fixtures by open-source MRZ parsers (e.g. the Dart package mrz_parser): BERTHIER Corinne,
//   880692310285 (1988-06, office 923), and LOISEAU Hervé, 970675K00277 (1997-06, office "75K": the office may be a
//   letter).
import { describe, expect, it } from 'vitest';
import { checkIdentityDocumentNumber } from '@shared/domain/identity-document';

describe('checkIdentityDocumentNumber', () => {
  it.each([
    ['carte-identite', '880692310285', '880692310285'],
    ['carte-identite', '970675K00277', '970675K00277'],
    ['carte-identite', 'X4RTBPFW4', 'X4RTBPFW4'],
    ['carte-identite', '0512 2A1 12345', '05122A112345'],
    ['carte-identite', '1901 2B0 00001', '19012B000001'],
    ['carte-identite', 'x4rtbpfw4', 'X4RTBPFW4'],
    ['carte-identite', '123456789', '123456789'],
    ['passeport', '12AB34567', '12AB34567'],
    ['passeport', '12 ab 34567', '12AB34567'],
    ['titre-sejour', '1234567890', '1234567890'],
    ['titre-sejour', '12 34 56 78 90', '1234567890'],
  ] as const)('accepts a %s number %j as %j', (kind, input, value) => {
    expect(checkIdentityDocumentNumber(kind, input)).toEqual({ ok: true, value });
  });

  it.each([
    ['carte-identite', ''],
    ['passeport', '  '],
    ['titre-sejour', ''],
  ] as const)('asks for the %s number when empty', (kind, input) => {
    expect(checkIdentityDocumentNumber(kind, input)).toEqual({ ok: false, error: 'identityDocument.required' });
  });

  it.each([
    ['carte-identite', '881392310285'], // month 13
    ['carte-identite', '880092310285'], // month 00
    ['carte-identite', '88069231028'], // 11 characters
    ['carte-identite', '8806923102851'], // 13 characters
    ['carte-identite', '88069231028A'], // letter in the sequence
    ['carte-identite', '88069231028K'], // letter in the sequence
    ['carte-identite', '8A0692310285'], // letter in the year
    ['carte-identite', '88O692310285'], // letter in the month
    ['carte-identite', '8806923-0285'],
    ['carte-identite', 'X4RTBPFW'], // 8 characters
    ['carte-identite', 'X4RTBPFW4Z'], // 10 characters
    ['carte-identite', 'X4RT-PFW4'],
    ['passeport', '123B34567'],
    ['passeport', '12AB3456'],
    ['passeport', '12AB345678'],
    ['passeport', 'AB1234567'],
    ['passeport', '12A134567'],
    ['titre-sejour', '123456789'],
    ['titre-sejour', '12345678901'],
    ['titre-sejour', '123456789A'],
  ] as const)('refuses a %s number %j', (kind, input) => {
    expect(checkIdentityDocumentNumber(kind, input)).toEqual({ ok: false, error: 'identityDocument.format' });
  });

  it('does not take a passport number for a titre de séjour, nor the reverse', () => {
    expect(checkIdentityDocumentNumber('titre-sejour', '12AB34567').ok).toBe(false);
    expect(checkIdentityDocumentNumber('passeport', '1234567890').ok).toBe(false);
  });

  it('refuses an unknown kind of document', () => {
    expect(checkIdentityDocumentNumber('permis' as never, '123456789')).toEqual({ ok: false, error: 'identityDocument.format' });
  });
});
