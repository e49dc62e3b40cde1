// Runs in Node. Date forms seen on news pages become "YYYY-MM-DD[THH:MM]"; incomplete or
// ambiguous dates are left out rather than guessed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, isDateLine, slashOrder } from './dates.js';

const first = (line: string, order?: Parameters<typeof findDates>[1]): string | undefined => findDates(line, order)[0]?.value;

test('the seeds’ forms and other common ones', () => {
  assert.equal(first('19:43 31/01/2013'), '2013-01-31T19:43');
  assert.equal(first('RIA Novosti, PUBLISHED February 03, 2013'), '2013-02-03');
  assert.equal(first('16:14, June 07, 2011\u00a0\u00a0'), '2011-06-07T16:14');
  assert.equal(first('20:54 20/11/2010'), '2010-11-20T20:54');
  assert.equal(first('20 Nov, 2019 05:47'), '2019-11-20T05:47');
  assert.equal(first('Updated: 2019-11-20T05:47:00Z'), '2019-11-20T05:47');
  assert.equal(first('Sept. 5, 2019 at 4:05 p.m. EDT'), '2019-09-05T16:05');
  assert.equal(first('Posted on 31 January 2013'), '2013-01-31');
});

test('no year, no date; impossible dates are rejected', () => {
  assert.equal(first('at the press conference in Brussels on April 19.'), undefined);
  assert.equal(first('31/02/2013'), undefined);
  assert.equal(first('February 30, 2013'), undefined);
  assert.equal(first('25:61 01/13/2013'), '2013-01-13');
});

test('a two-digit year is read only with a clock after it; a clock glued to the year is read too', () => {
  // The Hill's byline, CNBC's and Slate's headers once flattened to text.
  assert.equal(first('By Tess Bonn - 11/19/19 06:56 AM EST'), '2019-11-19T06:56');
  assert.equal(first('11/20/19 6:38 PM'), '2019-11-20T18:38');
  assert.equal(first('PUBLISHED TUE, NOV 19 20197:05 AM ESTUPDATED TUE, NOV 19 20197:16 AM EST'), '2019-11-19T07:05');
  assert.equal(first('NOV 15, 20195:45 AM'), '2019-11-15T05:45');
  // Alone, or ambiguous without the page's order, a short date is a score, a fraction or a guess.
  assert.equal(first('They won 3/4/19 and lost the rest'), undefined);
  assert.equal(first('03/04/19 10:00'), undefined);
  assert.equal(first('03/04/19 10:00', 'dmy'), '2019-04-03T10:00');
  assert.equal(slashOrder('By Tess Bonn - 11/19/19 06:56 AM EST'), 'mdy');
  // Digits after the year that are not a clock still end no date.
  assert.equal(first('Nov 19, 20191 readers'), undefined);
});

test('an ambiguous numeric date is read with the page’s convention, or not at all', () => {
  assert.equal(first('03/04/2013'), undefined);
  assert.equal(first('03/04/2013', 'dmy'), '2013-04-03');
  assert.equal(first('03/04/2013', 'mdy'), '2013-03-04');
  assert.equal(slashOrder('posted 01:38, 01/02/2013 and 19:43 31/01/2013'), 'dmy');
  assert.equal(slashOrder('11/20/2019 01:14 PM'), 'mdy');
  assert.equal(slashOrder('no dates here'), 'unknown');
});

test('a page with ambiguous numeric dates only is read by the days it names in words', () => {
  assert.equal(slashOrder('01:23 12/04/2011\n\nLISBON, April 12 – The ministers met.'), 'dmy');
  assert.equal(slashOrder('12/04/2011 1:23 PM\n\nWASHINGTON, Dec. 4 (AP) – The ministers met.'), 'mdy');
  assert.equal(slashOrder('05/06/2013\n\nOn 5 June the talks resumed.'), 'dmy');
  // Both readings named, or neither: still undecided, never guessed.
  assert.equal(slashOrder('12/04/2011\n\nFrom April 12 to December 4.'), 'unknown');
  assert.equal(slashOrder('12/04/2011\n\nOn April 19 the talks resumed.'), 'unknown');
});

test('a line that is only a date is told apart from a sentence with a date', () => {
  const stamp = '21/10/2014 17:38';
  assert.equal(isDateLine(stamp, findDates(stamp)), true);
  const published = 'Published: November 19, 2019 / 10:07 AM';
  assert.equal(isDateLine(published, findDates(published)), true);
  const sentence = 'The summit ended on November 20, 2010 with a joint declaration.';
  assert.equal(isDateLine(sentence, findDates(sentence)), false);
});

test('a year-first date with dots, slashes or CJK signs, a foreign month abbreviated, a year glued to a word', () => {
  // A Japanese blog's byline, a Korean and a Japanese date stamp.
  assert.equal(first('by ライトハウス国際特許事務所 ／ 2016.12.01'), '2016-12-01');
  assert.equal(first('2019/11/19 06:56'), '2019-11-19T06:56');
  assert.equal(first('2013年04月09日'), '2013-04-09');
  assert.equal(first('2019년 11월 19일'), '2019-11-19');
  // An Italian page's "02 Ago 2017", a Russian "24 сен 2018".
  assert.equal(first('02 Ago 2017'), '2017-08-02');
  assert.equal(first('24 сен 2018, 10:15'), '2018-09-24T10:15');
  // RT's header flattened to text: the date runs into the link after it.
  assert.equal(first('21:17 18.11.2019Get short URL'), '2019-11-18T21:17');
  assert.equal(first('November 19, 2019Share'), '2019-11-19');
  // Not dates: mixed separators, a season, a range of years, a version.
  assert.equal(first('2019.11-19'), undefined);
  assert.equal(first('the 2019/20 season'), undefined);
  assert.equal(first('from 2013-2014 on'), undefined);
  assert.equal(first('version 2.1.2019b'), undefined);
});
