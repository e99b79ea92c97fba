// The numéro allocataire's shape (« Depuis ce 9/10/2021, la connexion … est facilitée » and « Comment je fais pour me
// connecter … sur mon mobile ? »: the former login identifier, 7 digits, as the sandbox's files 1234567, 7654321 and
// 1122334 carry it), told apart from everything else the login's identifier field takes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeAllocataireNumber } from '@shared/domain/allocataire-number';
import { newProvisionalId } from '@shared/domain/provisional-id';

describe('looksLikeAllocataireNumber', () => {
  it('recognises 7 digits, as typed from a Caf letter (spaces, dots or hyphens between them)', () => {
    expect(looksLikeAllocataireNumber('1122334')).toBe(true);
    expect(looksLikeAllocataireNumber('  112 2334 ')).toBe(true);
    expect(looksLikeAllocataireNumber('112.23.34')).toBe(true);
    expect(looksLikeAllocataireNumber('0012345')).toBe(true);
  });

  it('does not take a NIR, a NIR with its key, a provisional identifier or the old 8-digit password for one', () => {
    expect(looksLikeAllocataireNumber('2780506088101')).toBe(false);
    expect(looksLikeAllocataireNumber('278050608810145')).toBe(false);
    expect(looksLikeAllocataireNumber('2 78 05 06 088 101')).toBe(false);
    expect(looksLikeAllocataireNumber(newProvisionalId('1234567890'))).toBe(false);
    expect(looksLikeAllocataireNumber('47110592')).toBe(false);
  });

  it('refuses what is not 7 digits: fewer, more, letters, empty', () => {
    expect(looksLikeAllocataireNumber('')).toBe(false);
    expect(looksLikeAllocataireNumber('112233')).toBe(false);
    expect(looksLikeAllocataireNumber('11223344')).toBe(false);
    expect(looksLikeAllocataireNumber('112233A')).toBe(false);
    expect(looksLikeAllocataireNumber('2A12345')).toBe(false);
  });

  it('answers true for exactly the strings of 7 digits (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{7}$/), (digits) => looksLikeAllocataireNumber(digits)));
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (digits) => looksLikeAllocataireNumber(digits) === (digits.length === 7)),
    );
  });
});
