// Runs in Node. The eval's yardsticks from a page's URL: the day it carries and the words of its slug.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFitsUrlDay, slugWords, titleFitsSlug, urlDay } from './score.js';

test("a URL's day is read from its path in the shapes news sites print", () => {
  assert.equal(urlDay('https://www.nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html'), '2019-11-19');
  assert.equal(urlDay('https://www.latimes.com/business/story/2019-11-19/gannett-gatehouse-merger'), '2019-11-19');
  assert.equal(urlDay('https://sputniknews.com/columnists/201911181077343476-royal-self-indicting-arrogance/'), '2019-11-18');
  // A month alone, or an article number, is no day.
  assert.equal(urlDay('https://www.cleveland.com/entertainment/2019/11/doobie-brothers.html'), null);
  assert.equal(urlDay('https://thehill.com/homenews/news/471033-south-dakota-governor'), null);
});

test('a publication date fits the URL\'s day within a day either side, time zones apart', () => {
  assert.ok(dateFitsUrlDay('2019-11-19T23:04', '2019-11-20'));
  assert.ok(dateFitsUrlDay('2019-11-19', '2019-11-19'));
  assert.ok(!dateFitsUrlDay('2019-11-17', '2019-11-19'));
  assert.ok(!dateFitsUrlDay(null, '2019-11-19'));
});

test("a headline fits the URL's slug when it has half its words", () => {
  const slug = slugWords('https://www.express.co.uk/news/world/1206313/hong-kong-latest-china-protesters-police');
  assert.deepEqual(slug, ['hong', 'kong', 'latest', 'china', 'protesters', 'police']);
  assert.ok(titleFitsSlug('Hong Kong chaos: China deploys troops, police warn protesters', slug));
  assert.ok(!titleFitsSlug('Apps Puzzles Horoscopes Discounts Shop Paper', slug));
});
