// The first screen's budget (scripts/first-screen-build.ts): the files counted are the entry, what it imports
// statically and their stylesheets, never what is loaded with import(); over the budget, the build fails.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstScreenBudget, gzippedSizes, initialFiles, type Bundle } from '../../../scripts/first-screen-build';

const chunk = (fileName: string, imports: string[], code: string, css: string[] = [], isEntry = false) =>
  ({ type: 'chunk', fileName, name: fileName.replace(/^assets\/|-\w+\.js$/g, ''), isEntry, imports, code, viteMetadata: { importedCss: new Set(css) } }) as const;

const bundle: Bundle = {
  'assets/index-a.js': chunk('assets/index-a.js', ['assets/vue-b.js'], 'entry();'.repeat(50), ['assets/index-a.css'], true),
  'assets/vue-b.js': chunk('assets/vue-b.js', ['assets/shared-c.js'], 'vue();'.repeat(50)),
  'assets/shared-c.js': chunk('assets/shared-c.js', [], 'shared();'),
  // Reached only through import(): a journey, another language.
  'assets/LoginView-d.js': chunk('assets/LoginView-d.js', ['assets/vue-b.js'], 'login();'.repeat(500), ['assets/LoginView-d.css']),
  'assets/index-a.css': { type: 'asset', fileName: 'assets/index-a.css', source: 'body{margin:0}' },
  'assets/LoginView-d.css': { type: 'asset', fileName: 'assets/LoginView-d.css', source: '.login{}' },
};

function runBudget(limit: number) {
  const plugin = firstScreenBudget(limit);
  const errors: string[] = [];
  const hook = plugin.generateBundle as (this: { error: (m: string) => never }, o: unknown, b: unknown) => void;
  try {
    hook.call({ error: (m: string) => { errors.push(m); throw new Error(m); } }, {}, bundle);
  } catch {
    // this.error throws, as Rollup's does
  }
  return errors;
}

describe('the first screen’s budget', () => {
  it('counts the entry, its static imports and their CSS, not what import() loads', () => {
    expect(initialFiles(bundle).sort()).toEqual(['assets/index-a.css', 'assets/index-a.js', 'assets/shared-c.js', 'assets/vue-b.js']);
  });

  it('fails the build over the budget, and names the files', () => {
    const total = gzippedSizes(bundle, initialFiles(bundle)).reduce((s, f) => s + f.bytes, 0);
    expect(total).toBe(['entry();'.repeat(50), 'vue();'.repeat(50), 'shared();', 'body{margin:0}'].reduce((s, x) => s + gzipSync(x).length, 0));
    expect(runBudget(total)).toEqual([]);
    const errors = runBudget(total - 1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/over the budget/);
    expect(errors[0]).toContain('assets/index-a.js');
    expect(errors[0]).not.toContain('LoginView');
  });

  it('refuses a bundle without the entry', () => {
    expect(() => initialFiles(bundle, 'main')).toThrow(/main/);
  });
});
