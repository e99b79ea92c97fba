// What a page keeps in its web storages, cookies and IndexedDB: after a visit ends, this must be empty.
// One known entry is not the visitor's: vue-router writes its scroll-position map ("vue-router:scroll") at the first
// navigation of every page; it is accepted only when empty ("{}"), so a position of a previous page would still fail.
import type { Page } from '@playwright/test';

export async function leftovers(page: Page): Promise<string[]> {
  const storage = await page.evaluate(async () => {
    // This runs in the page; the node tsconfig of the tests has no DOM types.
    const { indexedDB, document } = globalThis as unknown as {
      indexedDB: { databases?: () => Promise<Array<{ name?: string }>> };
      document: { cookie: string };
    };
    const found: string[] = [];
    for (const [name, store] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]] as const) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)!;
        const value = store.getItem(key);
        if (key === 'vue-router:scroll' && value === '{}') continue;
        found.push(`${name}:${key}`);
      }
    }
    const databases = indexedDB.databases ? await indexedDB.databases() : [];
    for (const db of databases) found.push(`indexedDB:${db.name}`);
    if (document.cookie) found.push(`cookie:${document.cookie}`);
    return found;
  });
  const cookies = (await page.context().cookies()).map((c) => `cookie:${c.name}`);
  return [...storage, ...cookies];
}
