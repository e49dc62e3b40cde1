// Runs in Node. What a reader notices at the edges of the story: a story's closing list of tour
// dates is kept, a one-line news ticker does not replace the story, and the byline, the time stamp,
// a newsletter pitch and "related" boxes (in any of the captures' languages) are not paragraphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from './extract-text.js';
import { dataListLines } from './lists.js';

const HEADER = ['Home', 'Music', 'Politics', 'Culture', 'Contact'];

const TOUR = [
  'The Doobie Brothers will celebrate their 50th anniversary next year with a tour that reunites the band with singer Michael McDonald.',
  'Tickets go on sale to the general public on Friday, December 6th, at 10 a.m. local time, and fan club presales begin a few days earlier.',
  'McDonald joined the band in 1975 and remained in the lineup until 1982, appearing on four albums and singing on several of its hits.',
];
const DATES = [
  'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre',
  'June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre',
  'June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)',
  'June 17 – Nashville, TN @ Bridgestone Arena',
  'June 19 – Charlotte, NC @ PNC Music Pavilion',
  'June 20 – Raleigh, NC @ Coastal Credit Union Music Park at Walnut Creek',
  'June 24 – Bristow, VA @ Jiffy Lube Live',
  'June 26 – Allentown, PA @ PPL Center',
];

test('a list of tour dates that ends the story is kept with it, the footer after it is not', () => {
  const page = [...HEADER, 'Doobie Brothers Reunite for 50th Anniversary Tour', ...TOUR, 'Tour Dates', ...DATES, 'Share on Facebook', '© 2019 Example Media'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...TOUR, 'Tour Dates', ...DATES]);
});

test('only runs of several dated or numbered entries make a list; bare ranks and lone headlines do not', () => {
  const lines = ['1', 'Pop star splits from wife', '2', 'Mum shares frost hack', ...DATES.slice(0, 3), 'Trending now', 'Mum shares frost hack']
    .map((text) => ({ text, length: text.length, endCue: 0 }));
  assert.deepEqual([...dataListLines(lines)], []);
  const shop = ['1) Lego Star Wars Resistance Bomber', 'http://amzn.to/2iJFhRj', '2) Polistil electric race track', 'http://amzn.to/2hZfWFJ',
    '3) Blade Runner The Final Cut (4K Blu-Ray)', 'http://amzn.to/2hWEIX7', '4) Ghostbusters Collection 1-2 (Steelbook)']
    .map((text) => ({ text, length: text.length, endCue: 0 }));
  assert.deepEqual([...dataListLines(shop)], [0, 1, 2, 3, 4, 5, 6]);
});

const DEPORTEES = [
  'NEW DELHI: Their American dream shattered and huge savings wasted, nearly 150 Indians returned home broke on Wednesday after being deported.',
  '“This was the fourth time I have been deported,” said a 24-year-old from Punjab, who had paid agents to take him across the border.',
  'He said he had spent his family’s savings on four attempts to reach the United States, and had borrowed money from relatives for the last one.',
  'The special aircraft carrying the deportees landed at the Delhi airport at 6am, an airport official said, and the passengers were questioned.',
];

test('a breaking-news ticker printed as one long line does not replace the story', () => {
  const blurbs = [
    'USCIRF expresses concern over NRC WASHINGTON: Expressing concern over the NRC exercise in Assam, an independent US government entity has said that close to two million residents may soon...',
    'Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty to theft, embezzlement and misapplication of bank funds in connection with a fraud scheme to...',
    'UN regrets new US position on settlements UNITED NATIONS: United Nations Secretary General Antonio Guterres has regretted the announcement made by the administration that it no longer believes the...',
    'Internet in Kashmir after local admn feels it is fit to do so NEW DELHI: Home Minister Amit Shah on Wednesday said in Rajya Sabha that the government will restore Internet connection as soon as...',
    'Deportees return home from US NEW DELHI: Their American dream shattered and huge savings wasted, nearly...',
    'Pak cleric warns government KARACHI: Firebrand cleric-cum-politician Maulana Fazlur Rehman has fired a fresh salvo at Prime Minister Imran Khan, saying that the days of his government are numbered and...',
  ];
  const ticker = blurbs.join(' ');
  const page = [...HEADER, 'Breaking News', ticker, 'With shattered dreams, deportees return home from US', 'Print This Article', ...DEPORTEES, 'Related Articles'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, DEPORTEES);
});

const HUBBLE = [
  'The Jupiter moon Europa’s elusive water-vapor plumes do indeed seem to exist, a new study reports, and they may be worth studying up close.',
  'Astronomers used the Keck Observatory in Hawaii to study the moon on 17 nights, looking for the infrared signature of water molecules.',
  'They detected water vapor above the surface on just one of those nights, which suggests that the plumes are sporadic rather than steady.',
];

const STANDFIRST = 'New observations from a telescope in Hawaii suggest that the icy moon vents water into space now and then, which means that a future probe could fly through a plume and sample it from orbit without ever landing.';

test('the byline between the standfirst and the story is not a paragraph', () => {
  const page = [...HEADER, 'Water Vapor Spotted Above Europa', STANDFIRST, 'By Mike Wall', ...HUBBLE, 'Share on Facebook'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [STANDFIRST, ...HUBBLE]);
  assert.equal(a.byline, 'Mike Wall');
});

test('a bare "8:03 am ET" time stamp opens the story rather than joining it, and a newsletter pitch ends it', () => {
  const pitch = 'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest amazing news from the final frontier!';
  const promo = 'Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, send it to us.';
  const page = [...HEADER, 'Water Vapor Spotted Above Europa', STANDFIRST, 'By Mike Wall', 'Nov. 19, 2019 8:03 am ET', ...HUBBLE, pitch, promo].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, HUBBLE);
  assert.equal(a.published?.slice(0, 10), '2019-11-19');
});

const NETFLIX = [
  'È stato annunciato in queste ore che Netflix, il servizio di streaming a pagamento, ospiterà il remake in computer grafica della serie animata.',
  'Gli appassionati della serie sono già sul piede di guerra, dopo il primo esperimento in computer grafica che non era piaciuto a nessuno.',
];
const NETFLIX_END = [
  'Tornando al remake, il titolo provvisorio è “Knights of the Zodiac” e la prima stagione della serie sarà composta da dodici episodi.',
  'La serie arriverà sulla piattaforma il prossimo anno in tutto il mondo, doppiata in molte lingue tra cui, naturalmente, anche l’italiano.',
];

test('an Italian "Leggi anche" link inside the story is dropped and a Portuguese related-articles box ends it', () => {
  const related = ['Artigos relacionados', 'Brincando com as Palavras no Mercado', 'Perdido na Floresta',
    'O seu endereço de e-mail não será publicado, e os campos obrigatórios são marcados com um asterisco, como sempre.'];
  const page = [...HEADER, 'Netflix annuncia il remake', ...NETFLIX, 'Leggi anche', ...NETFLIX_END, ...related].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...NETFLIX, ...NETFLIX_END]);
});

test('a closing sentence that ends in an emoji is still a sentence of the story', () => {
  const last = 'For those who have yet to watch the show, what are you waiting for? Book your tickets today! 🙂';
  const page = [...HEADER, 'Reviews from our visitors', ...HUBBLE, last, 'Share this entry', 'Share on Facebook'].join('\n');
  const a = extractText(page);
  assert.deepEqual(a.paragraphs, [...HUBBLE, last]);
});
