// Runs in Node (tests). lectern:// links: written by the export, read back by the desktop app.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deepLink, parseDeepLink } from './deep-link.js';

test('a link to a highlight round-trips', () => {
  const link = deepLink('4c0b08130b973fce', '43eb7663-1733-45c6-9db4-b05f76f4bbe0');
  assert.equal(link, 'lectern://open?article=4c0b08130b973fce&highlight=43eb7663-1733-45c6-9db4-b05f76f4bbe0');
  assert.deepEqual(parseDeepLink(link), { articleId: '4c0b08130b973fce', highlightId: '43eb7663-1733-45c6-9db4-b05f76f4bbe0' });
  assert.deepEqual(parseDeepLink('lectern://open?article=4c0b08130b973fce'), { articleId: '4c0b08130b973fce', highlightId: null });
});

test('anything else is not a link Lectern follows', () => {
  for (const text of ['https://open?article=4c0b08130b973fce', 'lectern://delete?article=4c0b08130b973fce', 'lectern://open?article=../../etc', 'not a url', '--inspect']) {
    assert.equal(parseDeepLink(text), null, text);
  }
  assert.deepEqual(parseDeepLink('lectern://open?article=4c0b08130b973fce&highlight=<script>'), { articleId: '4c0b08130b973fce', highlightId: null });
});
