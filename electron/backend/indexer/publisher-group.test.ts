// Runs in Node (tests). A page whose footer's copyright line is its owning group's ("© 2019 Hearst
// Communications") is listed under its own masthead when the page prints it, as the dev set's pages do.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from './extract-text.js';

const STORY =
  'Ministers from twelve countries met in Brussels on Tuesday to discuss the missile shield, officials said.\n\n' +
  'The talks, which were expected to last two days, ended early after the delegations failed to agree on a text.\n\n' +
  'A spokesman for the alliance said that the meeting had been useful and that the talks would resume in March.\n\n';

const page = (top: string, bottom: string) => `${top}Home | World\n\nMinisters Meet in Brussels Again\n\n${STORY}${bottom}\n`;
const siteOf = (top: string, bottom: string) => extractText(page(top, bottom)).site;

test('a group\'s copyright line gives way to the title it names ("The New York Times Company")', () => {
  assert.equal(siteOf('', 'Photo: Doug Mills/The New York Times\n\nSite Index\n\n© 2019 The New York Times Company'), 'The New York Times');
});

test("a masthead printed at the page's top and again at its foot, or given by another copyright line, is the site", () => {
  assert.equal(siteOf("Barron's\n\nSubscribe\n\n", "Your Ad Choices\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.\n\nBarron's"), "Barron's");
  const rollingStone = '© Copyright 2018 Rolling Stone, LLC, a subsidiary of Penske Business Media, LLC.\n\nOur Sites\n\n© 2019 Penske Media Corporation';
  assert.equal(siteOf('Rolling Stone\n\nSend Us a Tip\n\n', rollingStone), 'Rolling Stone');
});

test('a name just above the copyright line, or the site\'s own subscription link, is the site', () => {
  assert.equal(siteOf('', 'Connecticut Post\n\nView Comments\n\n© 2019 Hearst Communications, Inc.\n\nLogo Return to Top'), 'Connecticut Post');
  assert.equal(siteOf('Subscribe to Express-News\n\n', 'e-edition\n\n© 2019 Hearst Communications, Inc.'), 'Express-News');
});

test("a footer's links and a related story's headline are not taken for the masthead: the group stays", () => {
  assert.equal(siteOf('', 'Chick-fil-A makes pro-LGBTQ announcement\n\nView Comments\n\n© 2019 Hearst Communications, Inc.'), 'Hearst Communications');
  assert.equal(siteOf('', 'Subscriber Agreement & Terms of Use\n\nYour Ad Choices\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.'), 'Dow Jones');
  assert.equal(siteOf('', 'Advertise with us\n\nMNG Network Advertising\n\nPhoto reprints\n\nCopyright © 2019 MediaNews Group, Inc.'), 'MediaNews Group');
  assert.equal(siteOf('', 'Copyright and Reprint\n\neEdition\n\n©2019 Hearst'), 'Hearst');
  assert.equal(siteOf('Toolkit\n\n', 'Toolkit\n\nCopyright © 2018 Penske Business Media, LLC. All rights reserved.'), 'Penske Business Media', 'one plain word is no masthead');
  assert.equal(siteOf('', 'Subscribe to Newsletter\n\n© Copyright Gannett 2018'), 'Gannett');
  assert.equal(siteOf('', 'Accessibility Statement\n\n© Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.'), 'Future US');
  assert.equal(siteOf('', 'Stay Connected\n\n©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization'), 'Poynter Institute');
});

test("only a group's line is looked past: another holder is the site, and the site's About link still comes first", () => {
  assert.equal(siteOf('', 'Connecticut Post\n\nView Comments\n\n© 2019 Sputnik. All rights reserved'), 'Sputnik');
  assert.equal(siteOf('', 'About SFGATE\n\nConnecticut Post\n\n© 2019 Hearst Communications, Inc.'), 'SFGATE');
});

test("a group's title that the page's menus and footer keep naming is the site, where no masthead is printed", () => {
  const wsj = 'WSJ Video\n\nWSJ Membership\n\nThe Wall Street Journal\n\nEnglish Edition\n\n';
  assert.equal(siteOf(wsj, 'Jobs at WSJ\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.'), 'The Wall Street Journal');
  assert.equal(siteOf('msn back to msn home news\n\n', 'MSN Worldwide\n\nSend MSN Feedback\n\nAdChoices\n\n© 2019 Microsoft'), 'MSN');
  assert.equal(siteOf('IndieWire\n\nSubscribe\n\n', 'Variety\n\nIndieWire Newsletters\n\nCopyright © 2019 Penske Business Media, LLC.'), 'IndieWire');
  // A title's own publishing company, named in its footer, is not the site either.
  assert.equal(siteOf('', 'The Hill Apps\n\nThe Hill 1625 K Street, NW Suite 900 Washington DC 20006\n\n© 1996-2019 News Communications, Inc.'), 'The Hill');
});

test('a single title’s publisher in the copyright line gives way to the title its pages keep naming', () => {
  // [the page's top, its foot, the site]
  const cases: Array<[string, string, string]> = [
    ['Never miss an update Follow AppleInsider\n\n', 'Advertise on AppleInsider\n\nCopyright © 2019, Quiller Media, Inc., Contact Us', 'AppleInsider'],
    ['', 'CRN Lists\n\nSubscribe to CRN Magazine\n\nCopyright The Channel Company, All rights reserved', 'CRN'],
    ['Twin Cities\n\n', 'Pioneer Press Newsletters\n\nCopyright © 2019 MediaNews Group, Inc.', 'Twin Cities Pioneer Press'],
    ['NBC 5 Investigates\n\nNBC 5 Responds\n\n', 'NBC on Demand\n\n© 2019 NBCUniversal Media, LLC. All rights reserved.', 'NBC 5'],
    ['Practical Horseman Extra\n\n', 'Practical Horseman Editorial Staff\n\n© 2019 by Cruz Bay Publishing, Inc., an Active Interest Media company', 'Practical Horseman'],
    ['Подписываясь на рассылку Wday вы принимаете условия\n\n', 'Лучшее на Wday.ru\n\nCopyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019.', 'Wday.ru'],
    ['Live Science Newsletter\n\n', 'Live Science is part of Future US Inc\n\n© Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.', 'Live Science'],
    ['Slate Plus\n\n', 'Slate Shop\n\nAll contents © 2019 The Slate Group LLC. All rights reserved.', 'Slate'],
    ['PolitiFact National\n\n', 'Keep up to date with PolitiFact\n\n©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization', 'PolitiFact'],
  ];
  for (const [top, bottom, site] of cases) assert.equal(siteOf(top, bottom), site, site);
  // Named once, as a link to a sister site: the group stays.
  assert.equal(siteOf('Markets are live on CNBC today\n\n', 'Terms of Service\n\n© 2019 NBCUniversal Media, LLC. All rights reserved.'), 'NBCUniversal Media');
});

test("one mention of a group's title is a link to a sister title, not the site; nor is an ad link a masthead", () => {
  assert.equal(siteOf('Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE\n\n', 'Terms of Service\n\n© Copyright Gannett 2018'), 'Gannett');
  assert.equal(siteOf('', 'Privacy & Cookies\n\nAdChoices\n\n© 2019 Microsoft'), 'Microsoft');
  // Two titles named as often: neither stands out.
  assert.equal(siteOf('WSJ Pro\n\nBarron’s Daily\n\n', "Barron's Live\n\nWSJ Video\n\nSubscriber Agreement & Terms of Use\n\nYour Ad Choices\n\nCopyright ©2019 Dow Jones & Company, Inc. All Rights Reserved."), 'Dow Jones');
});
