// Runs in Node. What a reader notices about extraction: the right headline, site, credit and date
// for each seed, the whole story in order, and none of the page's menus, teasers or footers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract-text.js';
import { JUNK_LINES, SEED_TRUTHS, readSeed } from './seeds.fixture.js';

/** Two paragraphs of prose: a story for the header lines a test puts above it. */
const STORY =
  'The first paragraph of the story is long enough to count as prose and it is written as a sentence.\n\n' +
  'The second paragraph of the story also reads like prose, with the usual words of a news report in it.\n\n';

for (const truth of SEED_TRUTHS) {
  test(`seed ${truth.file}: metadata`, () => {
    const a = extractText(readSeed(truth.file));
    assert.equal(a.title, truth.title);
    assert.equal(a.site, truth.site);
    assert.equal(a.source, truth.source);
    assert.equal(a.published, truth.published);
    assert.equal(a.dateline, truth.dateline);
  });

  test(`seed ${truth.file}: body is the whole story, in order, and nothing else`, () => {
    const a = extractText(readSeed(truth.file));
    assert.equal(a.paragraphs[0], truth.first);
    assert.equal(a.paragraphs.at(-1), truth.last);
    assert.equal(a.paragraphs.length, truth.paragraphCount);
    for (const junk of JUNK_LINES) {
      for (const p of a.paragraphs) assert.ok(!p.includes(junk), `junk "${junk}" found in body paragraph "${p}"`);
    }
    for (const p of a.paragraphs) {
      assert.equal(p, p.trim());
      assert.ok(!p.includes('\u00a0'), 'non-breaking spaces are normalised');
      assert.notEqual(p, truth.title, 'the headline is not a body paragraph');
    }
  });
}

test('seed 000: the reader comment is kept apart, in comments', () => {
  const a = extractText(readSeed('000_519e15ac75997d7b.txt'));
  assert.equal(a.comments.length, 1);
  assert.ok(a.comments[0]?.startsWith('Does Rasmussen and NATO think that Putin is an idiot?'));
  assert.ok(a.comments[0]?.endsWith('but rather in an offensive stance.'));
});

test('seeds without comment sections have no comments', () => {
  for (const truth of SEED_TRUTHS.slice(1)) assert.deepEqual(extractText(readSeed(truth.file)).comments, []);
});

test('the capture time stamp on the first line is not the publication date', () => {
  const text = '21/10/2014 17:38\nSome Site\n\nA Headline About Things That Happened\n\n' +
    'The first paragraph of the story is long enough to count as prose and it is written as a sentence.\n\n' +
    'The second paragraph of the story also reads like prose, with the usual words of a news report in it.\n';
  assert.equal(extractText(text).published, null);
  assert.equal(extractText(text.replace('Some Site', 'Some Site\nPublished 3 May 2012')).published, '2012-05-03');
});

test('a date without a year is never completed', () => {
  const text = 'A Headline About Things That Happened\nApril 19\n\n' +
    'The first paragraph of the story is long enough to count as prose and it is written as a sentence.\n';
  assert.equal(extractText(text).published, null);
});

test('CRLF and CR line endings read the same as LF', () => {
  const lf = readSeed('003_ef7d9ec64a0fa1e4.txt');
  const expected = extractText(lf);
  assert.deepEqual(extractText(lf.replace(/\n/g, '\r\n')), expected);
  assert.deepEqual(extractText(lf.replace(/\n/g, '\r')), expected);
});

test('degenerate inputs give an empty article instead of throwing', () => {
  for (const text of ['', '\n\n\n', 'x', 'Home | News | Sport | Contact', '• Share\n• Print\n© 2020 Example\n']) {
    const a = extractText(text);
    assert.deepEqual(a.paragraphs, [], JSON.stringify(text));
    assert.deepEqual(a.comments, []);
  }
  const one = 'A single line that is a perfectly ordinary sentence, written the way news stories are written, with words.';
  assert.deepEqual(extractText(one).paragraphs, [one]);
});

test('a 20 MB capture with no blank lines is extracted in reasonable time', () => {
  const sentence = 'The committee said on Tuesday that the plan would be reviewed again in the spring, officials added. ';
  const line = sentence.repeat(8);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 20 * 1024 * 1024; i++) {
    const l = `${i} ${line}`;
    lines.push(l);
    size += l.length + 1;
  }
  const started = performance.now();
  const a = extractText(lines.join('\n'));
  const elapsed = performance.now() - started;
  assert.ok(a.paragraphs.length > 0);
  assert.ok(elapsed < 15_000, `took ${Math.round(elapsed)} ms`);
  const huge = extractText(sentence.repeat(200_000)); // one 20 MB line
  assert.equal(huge.paragraphs.length, 1);
});

test('a time stamp of figures between the headline and the story is not taken for the headline', () => {
  const story =
    'The first paragraph of the story is long enough to count as prose and it is written as a sentence.\n\n' +
    'The second paragraph of the story also reads like prose, with the usual words of a news report in it.\n';
  const headline = 'Balance of power shifts as ministers meet in Moscow';
  for (const stamp of ['01:23 12/04/2011', '19:36 09/05/2011', '12.04.2011 01:23']) {
    const a = extractText(`Accessibility links\nSome Site\n\n${headline}\n\n${stamp}\n\n${story}`);
    assert.equal(a.title, headline, stamp);
  }
});

test('an agency named in a teaser or a photo credit is not taken for the site; a short masthead line is', () => {
  const page = (chrome: string) => `Home | World\n\nMinisters Meet in Brussels Again\n\n${STORY}Other news:\n\n${chrome}\n\nContact us\n`;
  assert.equal(extractText(page('Talks in Geneva stall as Interfax reports new delays')).site, null);
  assert.equal(extractText(page('Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file')).site, null);
  assert.equal(extractText(page('Xinhua | English')).site, 'Xinhua');
  // A story signed by an agency, over it and under it, on a page that names no site: no site, the agency its source.
  const signed = extractText(`World\n\nHouse Hitler was born in will become a police station\n\nNov. 20, 2019, 9:28 AM UTC\n\nBy Reuters\n\n${STORY}Reuters\n`);
  assert.deepEqual([signed.site, signed.source], [null, 'Reuters']);
  for (const credit of ['By Reuters\n\n', '']) {
    const once = extractText(`House Hitler was born in will become a police station\n\n${credit}${STORY}${credit ? '' : 'Reuters\n'}`);
    assert.equal(once.site, null, credit || 'under the story');
  }
});

test("the site is the footer's copyright holder, not a photo's or a syndicated story's, nor a platform's link", () => {
  const page = (top: string, bottom: string) => `Home | World\n\n${top}Ministers Meet in Brussels Again\n\n${STORY}${bottom}\n`;
  assert.equal(extractText(page('© REUTERS / POOL\n\n', 'About Us\n\nContact Us\n\n© 2019 Sputnik. All rights reserved')).site, 'Sputnik');
  assert.equal(extractText(page('', '© 2019 The Associated Press. All rights reserved.\n\nMore news\n\n©2019 CBS Broadcasting Inc. All Rights Reserved.')).site, 'CBS Broadcasting');
  assert.equal(extractText(page('', 'Copyright Policy\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.')).site, 'Dow Jones');
  assert.equal(extractText(page('WordPress.com\n\n', 'Blog at WordPress.com.')).site, null);
  assert.equal(extractText(page('AtomInfo.Ru\n\n', 'Blog at WordPress.com.')).site, 'AtomInfo.Ru');
  // The site a company's copyright line guards by its domain, rather than the company; not the
  // holder named again, nor a phrase without a domain.
  const guarding = (site: string) => `Copyright © e-Eighteen.com Ltd. All rights reserved. Reproduction of news articles in whole or in part without express written permission of ${site} is prohibited.`;
  assert.equal(extractText(page('', guarding('moneycontrol.com'))).site, 'moneycontrol.com');
  assert.equal(extractText(page('', guarding('www.moneycontrol.com'))).site, 'moneycontrol.com');
  assert.equal(extractText(page('', guarding('e-Eighteen.com'))).site, 'e-Eighteen.com');
  assert.equal(extractText(page('', guarding('the copyright holder'))).site, 'e-Eighteen.com');
});

test("the site is the name its footer's About link or its follow bar gives, before the owning group of the copyright line", () => {
  const page = (bottom: string) => `Home | World\n\nMinisters Meet in Brussels Again\n\n${STORY}${bottom}\n`;
  assert.equal(extractText(page('About Our Ads\n\nAbout SFGATE\n\nContact SFGATE\n\n© 2019 Hearst Communications, Inc.')).site, 'SFGATE');
  assert.equal(extractText(page('Terms of Use\n\nAbout Houston Chronicle\n\n© 2019 Hearst Communications, Inc.')).site, 'Houston Chronicle');
  assert.equal(extractText(page('About GiveWell\n\nDonate')).site, 'GiveWell');
  // The copyright line's own name already holds it ("About Examiner", "© 2019 Washington Examiner").
  assert.equal(extractText(page('About Examiner\n\n© 2019 Washington Examiner')).site, 'Washington Examiner');
  // Not names: "About Us", a section, two sites' links; nor the writer of an author box.
  assert.equal(extractText(page('About Us\n\nAbout Health\n\n© 2019 Microsoft')).site, 'Microsoft');
  assert.equal(extractText(page('About Sky News\n\nAbout BBC News\n\n© 2019 Sky UK')).site, 'Sky UK');
  const authorBox = `Home | World\n\nMinisters Meet in Brussels Again\n\nBy Brigit Katz\n\n${STORY}About Brigit Katz\n\nBrigit Katz is a freelance writer based in Toronto.\n\n© 2019 Smithsonian.com`;
  assert.equal(extractText(authorBox).site, 'Smithsonian.com');
  // The follow bar names the site too, before the bar of the group's other sites and their domains.
  const network = 'News Corp\n\nWSJ.com\n\nNew York Post\n\nRealtor.com';
  assert.equal(extractText(page(`Follow The Sun\n\n${network}`)).site, 'The Sun');
  assert.equal(extractText(page('Follow Vox online:\n\nTwitter\n\nFacebook')).site, 'Vox');
  assert.equal(extractText(page('Follow The Telegraph\n\n© 2019 Telegraph Media Group Limited')).site, 'The Telegraph');
  assert.equal(extractText(page(`Follow Us On Twitter\n\n${network}`)).site, 'WSJ.com');
  // An About link and a follow bar that differ: the network's About page under a blog's own name,
  // which the chrome names more often; the other way round, the About link's.
  const blog = 'Follow Dawgs By Nature online:\n\nMore From Dawgs By Nature\n\nThe Dawgs By Nature Shop\n\nAbout SBN';
  assert.equal(extractText(page(blog)).site, 'Dawgs By Nature');
  assert.equal(extractText(page('Follow Sports Desk\n\nAbout The Ledger\n\nThe Ledger Archive')).site, 'The Ledger');
});

test('the headline is found above the lines that sign and date the story, not a byline, a share bar or a caption nearer it', () => {
  const headline = 'The VW Space Vizzion is a weird electric wagon with a secret message';
  const pages = [
    `Tech\n\nCars\n\nGaming\n\n${headline}\n\nChris Davies - Nov 19, 2019, 10:31 pm CST\n\n${STORY}`,
    `SKIP TO CONTENT\n\nContinue reading the main story\n\n${headline}\n\nBy Jane Smith\n\nContinue reading the main story\n\n${STORY}`,
    `World\n\n${headline}\n\nTom Krisher, AP Auto Writer\n\nShare this story\n\n${STORY}`,
    `World\n\n${headline}\n\nPosted on March 30, 2015 by Admin\n\nThe wagon shown at the motor show in Los Angeles on Tuesday (AFP)\n\n${STORY}`,
    `World\n\n${headline}\n\nCatherine Shu @catherineshu / 2 days\n\nFacebook Twitter Email LinkedIn\n\n${STORY}`,
    `World\n\n${headline}\n\n05/10/2018 - Publicado por: Clarissa Borba - Categoria: Carros\n\nYou are signed in as\n\n${STORY}`,
    `World\n\n${headline}\n\nBLOG > Cars > Electric Cars\n\nThe wagon at the show in Los Angeles. Jane Doe / Reuters file\n\n${STORY}`,
  ];
  for (const page of pages) assert.equal(extractText(page).title, headline, page.slice(0, 60));
});

test('a menu far above the date is no headline; a headline under its date, a day and time, or an account control are not either', () => {
  const headline = 'Oversupply angst drags oil lower, stocks drift near highs';
  // A Reuters page: the sites' menu run together, a dozen menu lines, then the date over the headline.
  const menu = 'Business\n\nMarkets\n\nWorld\n\nPolitics\n\nTV\n\nMore\n\nUnited States\n\nBusiness News\n\n';
  const reuters = `Discover Thomson Reuters\n\nFinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & AccountingBlog: Answers OnInnovation @ Thomson Reuters\n\nDirectory of sites\n\nLogin\n\nContact\n\nSupport\n\n${menu}November 19, 2019 / 12:21 AM / Updated 14 hours ago\n\n${headline}\n\nRodrigo Campos\n\n5 Min Read\n\n${STORY}`;
  assert.equal(extractText(reuters).title, headline);
  // A day and a time ("Monday 5:30PM") names nothing.
  assert.equal(extractText(`News\n\nMonday 5:30PM\n\n${STORY}`).title, null);
  // Controls of the reader's account, their words run together.
  assert.equal(extractText(`You are signed in as\n\nEdit ProfileSign Out\n\nSearch\n\n${STORY}`).title, null);
});

test('a headline with a kicker, or printed twice, is the headline; a list label, a fact box or the names signing the story is not', () => {
  const cases: Array<[headline: string, page: (headline: string) => string]> = [
    // A kicker before a colon ("Dear Abby:", "The Latest:") once read as a label.
    ['Hong Kong chaos: China deploys troops and warns surrender is only option', (h) => `News\n\nWorld\n\nApps Puzzles Horoscopes Discounts Shop Paper\n\nHome\n\nNews\n\n${h}\n\nBy Laura Mowat\n\n${STORY}`],
    ['The Latest: Man stabbed to death on San Francisco Bay train', (h) => `Get To Work\n\nExpressing appreciation can boost your career\n\nBREAKING NEWS\n\n${h}\n\nUpdated 10:01 pm PST, Tuesday, November 19, 2019\n\n${STORY}`],
    // Printed twice (a heading and its share title), then a standfirst.
    ['Browns player on Rudolph role in fight with Garrett: He asked for it', (h) => `Log In\n\nUp next:\n\n${h}\n\n${h}\n\nOne member of the defense did not hold back on Monday when asked about the fight\n\nby Bryan DeArdo\n\nNov 18, 2019 at 9:24 pm ET\n\n${STORY}`],
    ['Impeachment sham completely debunked: White House', (h) => `IN BRIEF:\n\nMan dressed as pilot arrested\n\nBWSSB portal to sell water\n\nHome\n\nInternational\n\n${h}\n\n${h}\n\nX Share via\n\nPTI, Washington,\n\nNov 20 2019, 10:18am ist\n\n${STORY}`],
    // Names joined by "and" over the date sign the story.
    ['Two federal prison officers charged with falsifying records', (h) => `Welcome to USA TODAY NETWORK'S EUROPEAN UNION EXPERIENCE\n\nLearn More\n\n${h}\n\nKevin Johnson and Kevin McCoy USA TODAY\n\nPublished 7:07 PM EST Nov 19, 2019\n\n${STORY}`],
    // A control named by its icon font's ligature.
    ['Introducing Junior Gaspard, New CEO at Experience', (h) => `Contact us\n\ntwitter linkedin facebook instagram\n\n${h}\n\nchevron_left Browse All Posts\n\n${STORY}`],
    // The share buttons quote the headline, not the standfirst under it (The Verge).
    ['Star Trek 4 eyes Fargo creator Noah Hawley to direct', (h) => `Tech\n\nTV Shows\n\n${h}\n\nNew, 15 comments\n\nThe fourth in the 2009 reboot series of Star Trek films\n\nBy Chaim Gartenberg Nov 19, 2019, 7:53pm EST\n\nShare this story\n\nShare All sharing options for: ${h}\n\nReddit\n\n${STORY}`],
    // A list's label and a fact box.
    ['Clymer workshop manual review', (h) => `Reviews\n\n${h}\n\nTested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk\n\nTags: Manuals, Workshop, Clymer\n\n${STORY}`],
  ];
  for (const [headline, page] of cases) assert.equal(extractText(page(headline)).title, headline, headline);
  // Title-case headlines with "and" are still headlines where no date follows them.
  const titleCase = 'Impeachment Woes and DACA Throes';
  assert.equal(extractText(`Politics\n\n${titleCase}\n\n${STORY}`).title, titleCase);
});

test('a date under the standfirst, in the story\'s first lines but not of it, is the publication date', () => {
  const page = `World\n\nHong Kong chaos: China deploys troops\n\nCHINA has sent troops to Hong Kong in a bid to restore order following the months of violent riots, warnings it will not allow the city to spiral into chaos.\nBy Laura Mowat\nPUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019\n\n${STORY}`;
  assert.equal(extractText(page).published, '2019-11-19');
  // A date the story's own sentences mention is not the publication date.
  assert.equal(extractText(`World\n\nTalks resume\n\nThe talks that began on November 19, 2019 in Geneva resumed on Monday after a short break, officials said in a statement.\n\n${STORY}`).published, null);
});

test('a byline without "By" is read: a wire writer, names over the date; a photo credit is not one', () => {
  const page = (under: string) => `World\n\nFederal officers charged over records at the jail\n\n${under}\n\n${STORY}`;
  const wire = extractText(page('Tom Krisher, AP Auto Writer\n\nNovember 19, 2019'));
  assert.deepEqual([wire.byline, wire.source, wire.site], ['Tom Krisher', 'AP', null], 'the agency is credited, not the site');
  assert.equal(extractText(page('Analysis by Chris Cillizza, CNN Editor-at-large')).byline, 'Chris Cillizza');
  assert.equal(extractText(page('Meg Kinnard and Errin Haines, Associated Press')).byline, 'Meg Kinnard and Errin Haines');
  assert.equal(extractText(page('Kevin Johnson and Kevin McCoy USA TODAY\n\nPublished 7:07 PM EST Nov 19, 2019')).byline, 'Kevin Johnson and Kevin McCoy');
  // One name and an agency is as often a photo's credit; names with no date under them, a headline's words.
  assert.equal(extractText(page('Al Goldis, Associated Press')).byline, null);
  assert.equal(extractText(page('Kevin Johnson and Kevin McCoy USA TODAY')).byline, null);
  // One name alone over the date: a first name and a surname, an initial between them or not.
  assert.equal(extractText(page('Maren Estrada\n\nNovember 19th, 2019 at 8:40 AM')).byline, 'Maren Estrada');
  assert.equal(extractText(page('Trevor J. Mitchell\n\nPublished 18 November 2019')).byline, 'Trevor J. Mitchell');
  // Not a person: a label in capitals, a section, a name and a team, an agency; nor a name with no date under it.
  for (const label of ['Classificação NASCAR', 'World News', 'Ben Patton Trinity', 'Associated Press']) {
    assert.equal(extractText(page(`${label}\n\nsexta-feira, 22 de outubro de 2010 às 20:13`)).byline, null, label);
  }
  assert.equal(extractText(page('Maren Estrada')).byline, null);
});

test('a person credited for reporting is no agency; an agency credited so is', () => {
  const source = (credit: string) => extractText(`World\n\nFederal officers charged over records at the jail\n\n${STORY}${credit}\n`).source;
  assert.equal(source('Additional reporting by Joseph Hudak'), null);
  assert.equal(source('Additional reporting by Reuters'), 'Reuters');
  assert.equal(source('Additional reporting by Joseph Hudak and Reuters'), 'Reuters');
});

test('a labelled byline in Russian signs the story and dates it; a posted day without a year is read from a line of several', () => {
  // wday.ru: the standfirst, then the writer and the day, then the story.
  const russian = extractText(`Мастера вкуса: 23 самых крутых фудблогера\n\nThey are the true geniuses of the culinary arts, and their dishes are as beautiful as they are good.\n\nТекст: Венера Ерофеева·24 сентября 2018\n\n${STORY}`);
  assert.deepEqual([russian.byline, russian.published], ['Венера Ерофеева', '2018-09-24']);
  assert.ok(!russian.paragraphs.some((p) => p.startsWith('Текст:')), 'the byline is not a paragraph');
  // A sentence that opens with the word is no byline.
  assert.equal(extractText(`Закон принят\n\nТекст закона опубликован\n\n${STORY}`).byline, null);
  // cleveland.com's line: when it was posted, not when it was updated.
  const dated = extractText(`Doobie Brothers announce a tour\n\nUpdated Nov 19, 6:55 AM;Posted Nov 18, 6:51 AM\n\n${STORY}`);
  assert.deepEqual([dated.published, dated.publishedPartial], [null, '11-18']);
});

test('a byline is read up to what follows the names on its line: a date, a dash, a handle or an e-mail, a label', () => {
  const byline = (line: string) => extractText(`World\n\nFederal officers charged over records at the jail\n\n${line}\n\n${STORY}`).byline;
  assert.equal(byline('By Tess Bonn - 11/19/19 06:56 AM EST'), 'Tess Bonn');
  assert.equal(byline('By Joseph Tsidulko November 19, 2019, 07:47 PM EST'), 'Joseph Tsidulko');
  assert.equal(byline('By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z Space'), 'Tim Childers');
  assert.equal(byline('By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST'), 'Chaim Gartenberg');
  assert.equal(byline('By Megan Rowe meganr@spokesman.com(509) 459-5382'), 'Megan Rowe');
  assert.equal(byline('By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT'), 'Sherif Saed');
  assert.equal(byline('By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.'), 'Matthew Digby , Minh Do');
  assert.equal(byline('By Maren Estrada 2 days ago'), 'Maren Estrada');
  assert.equal(byline('Von Moritz Bachmann publiziert am 25. September 2018'), 'Moritz Bachmann');
  assert.equal(byline('By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER'), 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER');
  // No one's name: a role, a day, a sentence.
  assert.equal(byline('By admin - 2018-09-16'), null);
  assert.equal(byline('By Tuesday - the deadline - it was over'), null);
  assert.equal(byline('By 2020 the company will have closed 40 stores'), null);
  // "By" on a line of its own, its name on the next (a link, flattened to text).
  assert.equal(byline('By\nRyan Reed'), 'Ryan Reed');
  assert.equal(byline('By\nthe way of the river'), null);
});
