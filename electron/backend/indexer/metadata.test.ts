// Runs in Node (tests). The site's name from a copyright notice that ends a longer footer line, dated,
// before an undated "© Name" under the writer's photo.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from './extract-text.js';

const STORY =
  'Ministers from twelve countries met in Brussels on Tuesday to discuss the missile shield, officials said.\n\n' +
  'The talks, which were expected to last two days, ended early after the delegations failed to agree on a text.\n\n' +
  'A spokesman for the alliance said that the meeting had been useful and that the talks would resume in March.\n\n';
const page = (bottom: string) => `Home | World\n\nMinisters Meet in Brussels Again\n\n${STORY}${bottom}\n`;

test('a dated copyright notice ending a footer line names the site, before an undated one under a photo', () => {
  const affiliate = 'We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for us to earn fees by linking to Amazon.com and affiliated sites.';
  assert.equal(extractText(page(`© Regan\n\nAbout me\n\n${affiliate} ©The Anti-June Cleaver 2011-2019`)).site, 'The Anti-June Cleaver');
  assert.equal(extractText(page('Legal Notice Terms and Conditions Privacy Policy © pv magazine 2019')).site, 'pv magazine');
  // A © inside a sentence, with no year after the name, is no notice.
  assert.equal(extractText(page('Photos on this page are © their owners and used with permission of each one')).site, null);
});

test("the site's name before a company's copyright notice is the site ('Wccftech © 2019 NewAge ADS, LLC')", () => {
  assert.equal(extractText(page('Wccftech TV\n\nWccftech © 2019 NewAge ADS, LLC. All rights reserved.')).site, 'Wccftech');
  // Not the notice's own words before the sign.
  assert.equal(extractText(page('IPSO Regulated Copyright ©2019 Express Newspapers. All rights reserved.')).site, null);
});

test('a copyright notice opening a line too long to be a copyright line still names the site', () => {
  const footer = '© 2019 Condé Nast. All rights reserved. Use of this site constitutes acceptance of our User Agreement (updated 5/25/18) and Privacy Policy and Cookie Statement (updated 5/25/18) and Your California Privacy Rights. Wired may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.';
  assert.equal(extractText(page(`WIRED Staff\n\nMore from WIRED\n\n${footer}`)).site, 'WIRED');
  assert.equal(extractText(page(`More stories\n\n${footer}`)).site, 'Condé Nast');
});
