import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm, writeFile, appendFile, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedGraphStore } from '../../../src/store/embedded/embedded-store';
import { writeFileAtomic } from '../../../src/store/embedded/persistence';
import { NewsgraphError } from '../../../src/errors';
import { articleFixture, curationFixture, describeGraphStoreContract, entityFixture } from '../contract';
import type { ArticleContribution } from '../../../src/model/graph';

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'newsgraph-embedded-'));
}

/** Runs `use` on a fresh open store in a temporary directory, then closes and deletes it. */
async function withStore(use: (store: EmbeddedGraphStore) => Promise<void>): Promise<void> {
  const dataDir = await tempDir();
  const store = new EmbeddedGraphStore({ dataDir });
  await store.init();
  try {
    await use(store);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

describeGraphStoreContract('embedded', async () => {
  const dataDir = await tempDir();
  let current = new EmbeddedGraphStore({ dataDir });
  await current.init();
  return {
    store: current,
    reopen: async () => {
      current = new EmbeddedGraphStore({ dataDir });
      await current.init();
      return current;
    },
    cleanup: async () => {
      await current.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});

function personArticle(id: string, name: string): { article: ReturnType<typeof articleFixture>; contribution: ArticleContribution } {
  return {
    article: articleFixture(id),
    contribution: { articleId: id, entities: [entityFixture(`p-${id}`, 'Person', name)], events: [], edges: [] },
  };
}

describe('EmbeddedGraphStore files', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await tempDir();
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes no journal line for an article put again unchanged', async () => {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    await store.putArticles([personArticle('a1', 'Ash Carter')]);
    await store.flush();
    const size = (await stat(path.join(dataDir, 'journal.jsonl'))).size;
    await store.putArticles([personArticle('a1', 'Ash Carter')]);
    await store.flush();
    expect((await stat(path.join(dataDir, 'journal.jsonl'))).size).toBe(size);
    await store.close();
  });

  it('ignores a torn last journal line and keeps appending after the good ones', async () => {
    const first = new EmbeddedGraphStore({ dataDir });
    await first.init();
    await first.putArticles([personArticle('a1', 'Ash Carter'), personArticle('a2', 'Joseph Dunford')]);
    await first.close();
    const journal = path.join(dataDir, 'journal.jsonl');
    // A crash mid-append leaves half a line without its newline.
    await appendFile(journal, '{"op":"put","article":{"id":"a3","conte');

    const second = new EmbeddedGraphStore({ dataDir });
    await second.init();
    expect((await second.snapshot()).articles.map((a) => a.id)).toEqual(['a1', 'a2']);
    await second.putArticles([personArticle('a4', 'Peter Cook')]);
    await second.close();

    const third = new EmbeddedGraphStore({ dataDir });
    await third.init();
    expect((await third.snapshot()).articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a4']);
    await third.close();
  });

  it('refuses a journal damaged before its last line', async () => {
    await writeFile(path.join(dataDir, 'journal.jsonl'), 'not json\n{"op":"delete","id":"x"}\n');
    const store = new EmbeddedGraphStore({ dataDir });
    await expect(store.init()).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    // The failed open released its lock.
    await expect(readdir(dataDir)).resolves.not.toContain('LOCK');
  });

  it('folds the journal into a snapshot and reloads the same graph from it', async () => {
    const store = new EmbeddedGraphStore({ dataDir, snapshotMinJournalBytes: 0 });
    await store.init();
    await store.putArticles([personArticle('a1', 'Ash Carter'), personArticle('a2', 'Joseph Dunford')]);
    await store.deleteArticle('a2');
    const before = await store.snapshot();
    await store.flush();
    expect((await stat(path.join(dataDir, 'journal.jsonl'))).size).toBe(0);
    const lines = (await readFile(path.join(dataDir, 'snapshot.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    await store.putArticles([personArticle('a3', 'Peter Cook')]);
    await store.close();

    const reopened = new EmbeddedGraphStore({ dataDir });
    await reopened.init();
    const after = await reopened.snapshot();
    expect(after.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(after.entities.filter((e) => e.id === 'p-a1')).toEqual(before.entities);
    await reopened.close();
  });

  it('reads article texts back whole through replacements, deletes, compactions and a reopen, and leaves only its files', async () => {
    const store = new EmbeddedGraphStore({ dataDir, snapshotMinJournalBytes: 0 });
    await store.init();
    const textOf = (id: string, version: number) => `${id} v${version}: the minister’s “final” word — Zürich. Second one.`;
    const write = (id: string, version: number) => {
      const text = textOf(id, version);
      return { ...personArticle(id, 'Ash Carter'), article: articleFixture(id, { text, contentHash: `${id}-${version}` }) };
    };
    await store.putArticles([1, 2, 3, 4].map((n) => write(`a${n}`, 1)));
    await store.putArticles([write('a1', 2), write('a2', 2)]);
    await store.deleteArticle('a3');
    // A compaction also rewrites the body file: most of it is now replaced or deleted versions.
    await store.compact();
    await store.putArticles([write('a1', 3)]);
    const expected = [textOf('a1', 3), textOf('a2', 2), null, textOf('a4', 1)];
    const texts = async (s: EmbeddedGraphStore) => (await s.getArticles(['a1', 'a2', 'a3', 'a4'])).map((a) => a?.text ?? null);
    expect(await texts(store)).toEqual(expected);
    const [a4] = await store.getArticles(['a4']);
    expect(a4).toEqual(articleFixture('a4', { text: textOf('a4', 1), contentHash: 'a4-1', ingestedAt: a4?.ingestedAt ?? '' }));
    expect((await store.listArticles({})).map((a) => a.id)).toEqual(['a1', 'a2', 'a4']);
    await store.close();

    expect((await readdir(dataDir)).sort()).toEqual(['journal.jsonl', 'snapshot.jsonl']);
    const reopened = new EmbeddedGraphStore({ dataDir });
    await reopened.init();
    expect(await texts(reopened)).toEqual(expected);
    await reopened.close();
  });

  it('leaves the previous snapshot whole and no temporary file when writing a new one fails', async () => {
    const file = path.join(dataDir, 'snapshot.jsonl');
    await writeFileAtomic(file, async (handle) => {
      await handle.writeFile('old complete snapshot\n');
    });
    const failure = writeFileAtomic(file, async (handle) => {
      await handle.writeFile('half of a new');
      throw new Error('disk full');
    });
    await expect(failure).rejects.toThrow('disk full');
    expect(await readFile(file, 'utf8')).toBe('old complete snapshot\n');
    expect(await readdir(dataDir)).toEqual(['snapshot.jsonl']);
  });

  it('locks the data directory against a second writer in this process', async () => {
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    expect((await readFile(path.join(dataDir, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
    const second = new EmbeddedGraphStore({ dataDir });
    await expect(second.init()).rejects.toThrow(/already open in this process/);
    await store.close();
    await expect(readdir(dataDir)).resolves.not.toContain('LOCK');
    await second.init();
    await second.close();
  });

  it('refuses a data directory locked by another live process and takes over a dead one', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(dataDir, 'LOCK'), `${child.pid}\n`);
      const store = new EmbeddedGraphStore({ dataDir });
      const error: unknown = await store.init().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(NewsgraphError);
      expect(String(error)).toContain(`locked by process ${child.pid}`);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const store = new EmbeddedGraphStore({ dataDir });
    await store.init();
    expect((await readFile(path.join(dataDir, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
    await store.close();
  });
});

describe('EmbeddedGraphStore candidates', () => {
  it('skips a fuzzy blocking key shared by too many nodes but always follows exact-name keys', async () => {
    await withStore(async (store) => {
      const writes = Array.from({ length: 70 }, (_, i) => {
        const id = `a${i}`;
        const entity = { ...entityFixture(`p${i}`, 'Person', `John Doe${i}`), keys: ['w:john *', 'n:john'] };
        return { article: articleFixture(id), contribution: { articleId: id, entities: [entity], events: [], edges: [] } };
      });
      await store.putArticles(writes);
      expect(await store.candidatesByKeys(['w:john *'])).toEqual([]);
      expect(await store.candidatesByKeys(['n:john'])).toHaveLength(70);
      await store.putArticles(writes.slice(0, 10).map((w) => ({ ...w, contribution: { ...w.contribution, entities: [] } })));
      expect(await store.candidatesByKeys(['w:john *'])).toHaveLength(60);
    });
  });
});

describe('EmbeddedGraphStore search', () => {
  it('forgets a form once no stored article uses it, and keeps the ones still used', async () => {
    await withStore(async (store) => {
      const put = (articleId: string, name: string, aliases: string[]) =>
        store.putArticles([
          {
            article: articleFixture(articleId),
            contribution: { articleId, entities: [entityFixture('g-aq', 'Group', name, aliases)], events: [], edges: [] },
          },
        ]);
      await put('a1', 'al-Qaeda', ['al-Qaida']);
      await put('a2', 'al-Qaeda', ['Al-Queda']);
      const ids = async (text: string) => (await store.searchEntities({ text, limit: 5 })).map((n) => n.id);
      expect(await ids('al qaida')).toEqual(['g-aq']);
      expect(await ids('queda')).toEqual(['g-aq']);
      await store.deleteArticle('a2');
      expect(await ids('al-qaeda')).toEqual(['g-aq']);
      // "Queda" is gone with a2; only a fuzzy match through the surviving forms could still find it.
      expect((await store.searchEntities({ text: 'Al-Queda', limit: 5 }))[0]?.aliases).toEqual(['al-Qaida']);
      await store.deleteArticle('a1');
      expect(await ids('al qaida')).toEqual([]);
    });
  });
});

describe('EmbeddedGraphStore opening', () => {
  it('says which data directory it cannot open and why', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'not-a-directory');
    await writeFile(file, 'x');
    try {
      const store = new EmbeddedGraphStore({ dataDir: file });
      await expect(store.init()).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringContaining(`cannot open the embedded store in ${file}`),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('EmbeddedGraphStore indexes under any sequence of writes', () => {
  it('finds a node by exactly the keys and forms its stored contributions still give', async () => {
    const forms = ['Haji Imam', 'Haji Iman', 'Hami Imam', 'Imam', 'al-Qaduli'];
    const op = fc.record({
      article: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
      remove: fc.boolean(),
      forms: fc.subarray(forms, { minLength: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const stored = new Map<string, string[]>();
        await withStore(async (store) => {
          for (const o of ops) {
            if (o.remove) {
              await store.deleteArticle(o.article);
              stored.delete(o.article);
            } else {
              const [name = 'Haji Imam', ...aliases] = o.forms;
              const entity = { ...entityFixture('p', 'Person', name, aliases), keys: o.forms.map((f) => `k:${f}`) };
              await store.putArticles([
                { article: articleFixture(o.article), contribution: { articleId: o.article, entities: [entity], events: [], edges: [] } },
              ]);
              stored.set(o.article, o.forms);
            }
            const live = new Set([...stored.values()].flat());
            for (const form of forms) {
              const found = await store.candidatesByKeys([`k:${form}`]);
              expect(found.map((c) => c.id)).toEqual(live.has(form) ? ['p'] : []);
              const exact = (await store.searchEntities({ text: form, limit: 1 }))[0];
              if (live.has(form)) expect(exact?.forms.map((f) => f.form)).toContain(form);
            }
            const [candidate] = await store.candidatesByKeys(forms.map((f) => `k:${f}`));
            expect(candidate?.forms ?? []).toEqual([...live].sort());
          }
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('EmbeddedGraphStore curation log', () => {
  it('keeps curation actions through a snapshot that folds the journal, and after an undo written later', async () => {
    const dataDir = await tempDir();
    try {
      const first = new EmbeddedGraphStore({ dataDir });
      await first.init();
      const action = curationFixture('cu-1', '2026-02-01T10:00:00.000Z');
      await first.putCuration(action);
      await first.compact();
      const undone = { ...action, undoneAt: '2026-02-02T10:00:00.000Z', undoneBy: 'cli' };
      await first.putCuration(undone);
      await first.close();
      expect(await readFile(path.join(dataDir, 'snapshot.jsonl'), 'utf8')).toContain('"op":"curation"');
      const second = new EmbeddedGraphStore({ dataDir });
      await second.init();
      expect(await second.listCurations()).toEqual([undone]);
      expect(await second.listCurations({ activeOnly: true })).toEqual([]);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
