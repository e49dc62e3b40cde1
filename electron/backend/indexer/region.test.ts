// Runs in Node. What a reader notices about where the story is found: a story cut in two by an
// inline box is read to its end, the teasers, menus, sidebars and photo captions around it are not,
// a dated story wins over an undated blurb printed above it, and its first and last sentences are
// kept however the page printed them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract-text.js';

const HEADER = ['Home', 'World', 'Business', 'Sport', 'Contact'];

const PLAGUE_FIRST = [
  'A hunter who killed and ate a wild rabbit in Inner Mongolia has been diagnosed with bubonic plague, health officials in China said on Sunday.',
  'The hunter is the third person from Inner Mongolia to contract the plague this month, and health officials said the case has alarmed residents.',
  'Health officials in China said that 28 people who had close contact with the hunter were placed in quarantine, although none has shown symptoms.',
  'The hunter told doctors he ate the rabbit meat on November 5 and was admitted to hospital, where he was given antibiotics to fight the plague.',
];
const PLAGUE_SECOND = [
  'Authorities in Inner Mongolia closed a border town earlier this year after a couple died of plague from eating raw marmot meat, officials said.',
  'Health officials said the plague is carried by fleas on small animals such as rabbits and marmots, and that antibiotics cure it if caught early.',
  'The last major plague outbreak in China was in 2009, when several people died in a town in Qinghai province, health officials recalled.',
  'Bubonic plague is the most common form of the disease, and residents who handle wild animals, hunters above all, are most at risk, doctors said.',
];

test('the second half of a story split by an inline "Most read" box is kept, the box is not', () => {
  const teasers = ['Most read in world news', 'Pop star splits from wife six months after wedding', 'Mum shares hack to clear frost off windscreens'];
  const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST, ...teasers, ...PLAGUE_SECOND, '© 2019 Example News'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...PLAGUE_FIRST, ...PLAGUE_SECOND]);
});

test('a video caption date inside the story does not end it, and the sentences around it stay', () => {
  const caption = ['A video shows the dramatic moment officers rescued the girl', '(Published Monday, Nov. 18, 2019)', 'Police used a ram to force open the door.'];
  const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST, ...caption, ...PLAGUE_SECOND].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...PLAGUE_FIRST, 'Police used a ram to force open the door.', ...PLAGUE_SECOND]);
});

test('prose on other topics after a "More stories" heading is not joined to the story', () => {
  const other = [
    'The city council voted on Tuesday to extend the opening hours of public libraries, after a campaign by parents and teachers.',
    'Councillors said the extra hours would be paid for by savings in the parks budget and would start in the new school year.',
  ];
  const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST, 'More stories', ...other].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, PLAGUE_FIRST);
});

test('a dated story is taken over an undated sidebar blurb printed above it', () => {
  const blurb = [
    'Our mission is to share the wisdom of the scholars with everyone, and we publish new articles every week for our readers around the world.',
    'Join our group to receive every new article, discuss it with other readers and ask the editors your own questions about the faith.',
  ];
  const story = [
    'We should understand the teachings and practise them in our daily lives, not only recite them without reflecting on what they mean.',
    'Do not exaggerate in loving or hating anything, because the one you hate today may become the one you love tomorrow, as the saying goes.',
  ];
  const categories = ['Categories', 'Aqidah (12)', 'Fiqih (31)', 'Hadits (40)', 'Sejarah (7)', 'Tawuran (1)', 'Zakat (3)', 'Blogroll'];
  const page = [...HEADER, ...blurb, ...categories, 'Do Not Hate Any People Excessively', 'Posted on March 30, 2015 by Admin', ...story, 'Share this:'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, story);
});

test('a long run of names and menu entries is not bridged to reach a donation appeal above the story', () => {
  const appeal = [
    'Most of our fact checks begin when readers ask us whether something is true, and those tips launch our reporters on long investigations.',
    'We do this work every day at no cost to you, but it is far from free to produce, and we cannot afford to slow down now.',
  ];
  const staff = ['Editorial', 'David Mikkelson', 'Doreen Marchionni', 'David Emery', 'Bond Huberman', 'Jordan Liles', 'Operations', 'Vinny Green', 'Ryan Miller'];
  const page = [...HEADER, ...appeal, ...staff, 'Did a Senator Say This?', ...PLAGUE_FIRST, ...PLAGUE_SECOND].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...PLAGUE_FIRST, ...PLAGUE_SECOND]);
});

test('the story’s opening sentences are kept when the page left their full stops off', () => {
  const lede = [
    'Chelsea have this morning paid the £71.6million fee to the Spanish league to secure the world record signing of the keeper',
    'This has freed up the £38million move of Thibaut Courtois to Real Madrid',
  ];
  const page = [...HEADER, 'Chelsea sign record keeper', 'August 08, 2018', ...lede, ...PLAGUE_FIRST, 'Tags:', 'Latest News'].join('\n');
  const a = extractText(page);
  assert.equal(a.title, 'Chelsea sign record keeper');
  assert.deepEqual(a.paragraphs, [...lede, ...PLAGUE_FIRST]);
});

test('a photo caption between the date line and a story that opens with its dateline stays out', () => {
  const caption = 'This illustration of the concept for a commercial lunar lander shows how private operators could take people back to the Moon';
  const story = PLAGUE_FIRST.map((p, i) => (i === 0 ? `BEIJING — ${p}` : p));
  for (const shown of [caption, `${caption} [NASA]`]) {
    const page = [...HEADER, 'Hunter catches plague after eating rabbit', 'by Laura Winter', '19 Nov 2019 05:44 GMT', shown, ...story].join('\n');
    assert.deepEqual(extractText(page).paragraphs, story, shown);
  }
  const credited = ['Hunter catches plague after eating rabbit', '19 Nov 2019 05:44 GMT', `${caption} [NASA]`, ...PLAGUE_FIRST].join('\n');
  assert.deepEqual(extractText([...HEADER, credited].join('\n')).paragraphs, PLAGUE_FIRST);
});

test('a short first paragraph that opens with its dateline is the story’s, capitals and all', () => {
  const opening = 'ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality linked to Eastern Equine Encephalitis.';
  const header = ['Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported', 'November 19, 2019 at 9:45 am', 'Filed Under:Eastern Equine Encephalitis, EEE, health, Michigan'];
  const page = [...HEADER, ...header, opening, ...PLAGUE_FIRST, '© 2019 Associated Press. All Rights Reserved.', 'Comments'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [opening, ...PLAGUE_FIRST]);
  assert.equal(a.dateline, 'ST. JOSEPH');
  assert.equal(a.source, 'AP');
  // Shorter than a line of prose, too.
  const short = 'LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.';
  const game = extractText([...HEADER, 'LeBron sets triple-double mark', 'Greg Beacham, Ap Sports Writer', 'Updated 1:33 am CST, Wednesday, November 20, 2019', short, ...PLAGUE_FIRST].join('\n'));
  assert.deepEqual(game.paragraphs, [short, ...PLAGUE_FIRST]);
  assert.equal(game.dateline, 'LOS ANGELES');
});

test('a story’s short closing sentence is kept, a line to the reader under it is not', () => {
  const closing = 'Usov says the family thought they’d never see the cat again.';
  const page = (after: string[]) => [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST, closing, ...after, 'Most Popular', '1'].join('\n');
  assert.deepEqual(extractText(page([])).paragraphs, [...PLAGUE_FIRST, closing]);
  assert.deepEqual(extractText(page(['Thanks for signing up!', 'Follow me on Twitter or LinkedIn.'])).paragraphs, [...PLAGUE_FIRST, closing]);
  // A label under the story is not a sentence.
  assert.deepEqual(extractText(page(['Related Topics'])).paragraphs, [...PLAGUE_FIRST, closing]);
});

test('a last paragraph signed by its agency is kept, and the agency credited', () => {
  const signed = 'On October 18, more than 300 Indians were deported by Mexican immigration authorities for entering the country illegally. PTI';
  const page = [...HEADER, 'With shattered dreams, deportees return home from US', ...PLAGUE_FIRST, signed, 'Download Premium WordPress Themes Free', 'Premium WordPress Themes Download'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...PLAGUE_FIRST, signed]);
  assert.equal(a.source, 'PTI');
  // Initials that are no agency's sign nothing.
  const unsigned = extractText(page.replace('illegally. PTI', 'illegally. XQZ'));
  assert.deepEqual(unsigned.paragraphs, PLAGUE_FIRST);
  assert.equal(unsigned.source, null);
});

test('a sentence crowded with names and initials is the story’s, not a line to drop', () => {
  const named = 'In October, Rep. David McKinley, R-W.Va., visited the U.S.-Mexico border near McAllen, Texas, and argued that the United States needs stronger border security, including more border patrol agents.';
  const page = [...HEADER, 'What is the value of drugs that come to the U.S. border?', 'By Matthew Digby on Monday, November 18th, 2019', named, ...PLAGUE_FIRST].join('\n');
  assert.deepEqual(extractText(page).paragraphs, [named, ...PLAGUE_FIRST]);
  const inside = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST.slice(0, 2), named, ...PLAGUE_FIRST.slice(2)].join('\n');
  assert.deepEqual(extractText(inside).paragraphs, [...PLAGUE_FIRST.slice(0, 2), named, ...PLAGUE_FIRST.slice(2)]);
});

test('a photo caption that ends in its credit is not a paragraph of the story', () => {
  const captions = [
    'Protesters have worn masks to protect their identities (Image: GETTY )',
    'WeWork chairman Marcelo Claure (Credit: Getty Images)',
    'A reference habitation module for a crewed Mars mission compared to its hibernation-based equivalent. Credit: ESA',
    'Image copyright Reuters',
    'Image caption Assange gestures with a thumbs up after he was arrested by Met Police officers at the embassy',
  ];
  for (const caption of captions) {
    const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST.slice(0, 2), caption, ...PLAGUE_FIRST.slice(2)].join('\n');
    assert.deepEqual(extractText(page).paragraphs, PLAGUE_FIRST, caption);
  }
  // A sentence that speaks of a picture or of credit is prose.
  const prose = 'The bank said the picture was clear: credit card debt rose by a third this year, to a record high.';
  const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST.slice(0, 2), prose, ...PLAGUE_FIRST.slice(2)].join('\n');
  assert.deepEqual(extractText(page).paragraphs, [...PLAGUE_FIRST.slice(0, 2), prose, ...PLAGUE_FIRST.slice(2)]);
});

test('the headline is not a share panel’s notice above a photo’s credit', () => {
  const headline = 'Taylor Swift is allowed to play her music at the AMAs after all';
  const share = ['Share this with Facebook', 'Share this with Twitter', 'Copy this link', 'Read more about sharing.'];
  const notice = 'These are external links and will open in a new window';
  const page = [...HEADER, headline, '19 November 2019', ...share, notice, 'Close share panel', 'Image copyright Getty Images', ...PLAGUE_FIRST].join('\n');
  const a = extractText(page);
  assert.equal(a.title, headline);
  assert.deepEqual(a.paragraphs, PLAGUE_FIRST);
});

test('a headline that ends like a sentence, over the story’s date line, is the title and not its first paragraph', () => {
  const headline = 'Video shows dramatic rescue of 8-year-old kidnapping victim: "We got her!"';
  const page = [...HEADER, 'Watch CBSN Live', headline, 'Updated on: November 19, 2019 / 10:07 AM / CBS News', ...PLAGUE_FIRST].join('\n');
  const a = extractText(page);
  assert.equal(a.title, headline);
  assert.deepEqual(a.paragraphs, PLAGUE_FIRST);
  // A first paragraph that opens with its dateline is the story's, whatever the dated line under it.
  const opening = 'WASHINGTON (AP) — The Senate passed the spending bill late on Tuesday, sending it to the president.';
  const caption = 'Senators leave the chamber on Nov. 18, 2019, in Washington. (AP Photo/Evan Vucci)';
  const dated = extractText([...HEADER, 'Senate passes spending bill', 'By Alan Fram', opening, caption, ...PLAGUE_FIRST].join('\n'));
  assert.equal(dated.paragraphs[0], opening);
});

test('the writer’s box under the story is not the story', () => {
  const bio = 'Carlos Nadalim is the father of two and has coordinated the literacy programme of the city schools for ten years.';
  for (const heading of ['Sobre Carlos Nadalim', 'About the author', 'Über Moritz Bachmann']) {
    const page = [...HEADER, 'Hunter catches plague after eating rabbit', ...PLAGUE_FIRST, heading, bio].join('\n');
    assert.deepEqual(extractText(page).paragraphs, PLAGUE_FIRST, heading);
  }
});

test('a short headline over its standfirst is the title, not the standfirst nearer the story', () => {
  const headline = 'Major WeWork layoffs to begin today';
  const standfirst = '“We have to make some necessary job eliminations,” WeWork chairman Marcelo Claure said in an email to employees on Monday';
  const page = [...HEADER, 'Newsletter', 'Facebook', headline, standfirst, 'TRD NATIONAL /', 'November 18, 2019 12:02 PM', 'By David Jeans', ...PLAGUE_FIRST].join('\n');
  assert.equal(extractText(page).title, headline);
  // A short line over a headline that is not a sentence is not taken for it.
  const kicker = extractText([...HEADER, 'Newsletter', 'Facebook', 'The latest from Inner Mongolia', 'Hunter catches plague after eating rabbit in Inner Mongolia, officials say', 'November 18, 2019 12:02 PM', ...PLAGUE_FIRST].join('\n'));
  assert.equal(kicker.title, 'Hunter catches plague after eating rabbit in Inner Mongolia, officials say');
});

test('teasers printed right over a story that opens with its dateline are not its first paragraphs', () => {
  const teasers = ['MN property taxes are on the rise. These maps show where and how much.', 'Skimming device found at Eagan Kwik Trip'];
  const opening = 'BUFFALO, N.Y. — Hours before the game on Tuesday, the coach said his winger was starting to find his touch again.';
  const page = [...HEADER, 'Parise heating up, scores twice', 'By Sarah McLellan', ...teasers, opening, ...PLAGUE_FIRST].join('\n');
  assert.deepEqual(extractText(page).paragraphs, [opening, ...PLAGUE_FIRST]);
  // An editor's note printed over the dateline is the story's.
  const note = 'Editor’s note: this story was updated with a correction on the date of the game in Buffalo.';
  const noted = [...HEADER, 'Parise heating up, scores twice', 'By Sarah McLellan', note, opening, ...PLAGUE_FIRST].join('\n');
  assert.deepEqual(extractText(noted).paragraphs, [note, opening, ...PLAGUE_FIRST]);
});

test('a Chinese or Japanese headline, one token without spaces, is the title', () => {
  const story = Array.from({ length: 20 }, () => '東京の古い橋は二年間の修理のために閉鎖されると市議会が月曜日に発表した。').join('');
  const japanese = extractText(['ニュース', '東京の古い橋が閉鎖へ', '2019年11月19日', story, story].join('\n\n'));
  assert.deepEqual([japanese.title, japanese.published], ['東京の古い橋が閉鎖へ', '2019-11-19']);
  // A menu of short words is not one, in any script.
  assert.equal(extractText(['ホーム', 'ニュース', story].join('\n\n')).title, null);
});
