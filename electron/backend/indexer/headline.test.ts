// Runs in Node (tests). The headline is the line the story's byline and date sit under, even when the
// date is relative ("1 day ago") and other stories' headlines come between it and the story, or a
// photo's caption and credit do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from './extract-text.js';

const STORY =
  'A group of physicians, alarmed that the administration is denying flu vaccines to people in custody, is urging the department to accept its offer.\n\n' +
  'In a letter sent this month, the doctors pleaded with the officials to reconsider their decision, citing the deaths of at least three children.\n\n' +
  'The doctors, members of a recently formed group, have offered to staff a mobile clinic at no cost to the government at the border station.\n';

test('a headline signed by its writer and dated "1 day ago" is the headline, not the teasers printed between it and the story; the writer is the byline', () => {
  const headline = 'Doctors offer to give free flu shots to detained migrants, warn of epidemic';
  const teasers = "'Comes down to one guy': All eyes turn to Gordon Sondland\n2 US service members die in Afghanistan chopper crash";
  for (const posted of ['1 day ago', '3 hours ago', 'about an hour ago']) {
    const page = `Options narrow for last Hong Kong campus protesters\nMegabus is offering free tickets on Cyber Monday\n${headline}\nSuzanne Gamboa\n${posted}\n${teasers}\n\n${STORY}`;
    const article = extractText(page);
    assert.equal(article.title, headline, posted);
    // The name over the relative date signs the story.
    assert.equal(article.byline, 'Suzanne Gamboa', posted);
  }
});

test("a photo's caption over its credit (\"Al Goldis, Associated Press\") is not the headline above the date", () => {
  const page = [
    "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible",
    'Detroit News wire services',
    'Published 11:11 PM EST Nov 19, 2019',
    'Eastern Michigan quarterback Mike Glass III',
    'Al Goldis, Associated Press',
    '',
    STORY,
  ].join('\n');
  assert.equal(extractText(page).title, "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible");
  // Two names and the agency sign the story: the line over them is still the headline.
  const signed = ['Menu', 'Doctors offer free flu shots to detained migrants', 'Meg Kinnard and Errin Haines, Associated Press', 'November 19, 2019', '', STORY].join('\n');
  assert.equal(extractText(signed).title, 'Doctors offer free flu shots to detained migrants');
});

test('a headline whose parts are set apart by bars is the headline when nothing else is; a menu of bars is not', () => {
  const headline = 'Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS';
  const page = (over: string) => ['Art', 'Cities', 'Specials', over, 'By FEDERICA LUSIARDI - 2019-04-10', '', STORY].join('\n');
  assert.equal(extractText(page(headline)).title, headline);
  assert.equal(extractText(page('News | Sport | Weather | Travel')).title, null);
});
