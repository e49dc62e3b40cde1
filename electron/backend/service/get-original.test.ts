// Runs in Node (tests). "Show original" through the service: the whole capture comes back, every
// line with its role, kept body lines exactly the article's paragraphs, dropped chrome marked removed.
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BUNDLED_LIBRARY } from '../paths.js';
import { createBackend } from './create-backend.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-original-'));
  await cp(BUNDLED_LIBRARY, path.join(dir, 'bundled'), { recursive: true });
});
after(async () => rm(dir, { recursive: true, force: true }));

test('getOriginal returns every line of the capture with its role', async () => {
  const backend = await createBackend({ mode: 'browser', version: 'test', dataDir: path.join(dir, 'data'), bundledLibrary: path.join(dir, 'bundled') });
  try {
    const library = await backend.api.getLibrary();
    const ria = library.articles.find((a) => a.site === 'RIA Novosti');
    assert.ok(ria);
    const article = await backend.api.getArticle(ria.id);
    const original = await backend.api.getOriginal(ria.id);
    assert.equal(original.format, 'txt');
    assert.deepEqual(original.lines.filter((l) => l.role === 'body').map((l) => l.text), article.paragraphs);
    assert.deepEqual(original.lines.filter((l) => l.role === 'title').map((l) => l.text), [article.title]);
    assert.ok(original.lines.some((l) => l.role === 'removed' && l.text === '© 2014 RIA Novosti'));
    assert.ok(original.lines.some((l) => l.role === 'meta' && l.text === '19:43 31/01/2013'));
    assert.ok(original.lines.some((l) => l.role === 'comment'));
    assert.deepEqual(article.tags.slice(0, 2), ['U.S. missile shield in Europe', 'missile defense']);
    await assert.rejects(backend.api.getOriginal('0000000000000000'), /not in the open library/);
  } finally {
    await backend.close();
  }
});
