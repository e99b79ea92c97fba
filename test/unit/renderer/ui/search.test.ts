import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '@renderer/ui/search';

describe('searching a commune or a country', () => {
  it('ignores accents, case, hyphens and ligatures', () => {
    expect(foldForSearch('Saint-Étienne')).toBe('saint etienne');
    expect(foldForSearch('ŒUILLY')).toBe('oeuilly');
  });

  it('finds a name from the first letters of its words, in order', () => {
    expect(matchesSearch(foldForSearch('Saint-Étienne'), foldForSearch('sai eti'))).toBe(true);
    expect(matchesSearch(foldForSearch('Saint-Étienne'), foldForSearch('etienne'))).toBe(true);
    expect(matchesSearch(foldForSearch('Saint-Étienne'), foldForSearch('eti sai'))).toBe(false);
    expect(matchesSearch(foldForSearch('Nice'), foldForSearch('nic'))).toBe(true);
    expect(matchesSearch(foldForSearch('Nice'), foldForSearch('ice'))).toBe(false);
  });

  it('finds a département by its number', () => {
    expect(matchesSearch(foldForSearch('06 - Alpes-Maritimes'), foldForSearch('06'))).toBe(true);
    expect(matchesSearch(foldForSearch('2A - Corse-du-Sud'), foldForSearch('2a'))).toBe(true);
  });
});
