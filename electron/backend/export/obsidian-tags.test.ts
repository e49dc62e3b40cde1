// Runs in Node. Page tags become tags Obsidian accepts, or are left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { obsidianTag, obsidianTags } from './obsidian-tags.js';

test('spaces and punctuation become hyphens or go; letters of any script stay', () => {
  assert.equal(obsidianTag('missile defence'), 'missile-defence');
  assert.equal(obsidianTag('U.S. missile shield in Europe'), 'US-missile-shield-in-Europe');
  assert.equal(obsidianTag('digitimes.com'), 'digitimes-com');
  assert.equal(obsidianTag('#NATO'), 'NATO');
  assert.equal(obsidianTag('Россия и НАТО'), 'Россия-и-НАТО');
  assert.equal(obsidianTag('Défense antimissile'), 'Défense-antimissile');
  assert.equal(obsidianTag('world/europe'), 'world/europe');
  assert.equal(obsidianTag('Q&A: "live"'), 'QA-live');
});

test('a tag of digits only, or of nothing usable, is left out', () => {
  assert.equal(obsidianTag('2019'), null);
  assert.equal(obsidianTag(' -- '), null);
  assert.equal(obsidianTag('y2019'), 'y2019');
});

test('the same tag twice, in any case, is kept once and in page order', () => {
  assert.deepEqual(obsidianTags(['NATO', 'missile defence', 'nato', 'Missile-Defence', '2013', 'Russia']), ['NATO', 'missile-defence', 'Russia']);
});
