// Runs in Node. The name in a copyright line, as footers on the dev set's pages and the seeds write them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyrightHolder, nameBeforeNotice } from './copyright-holder.js';

test('the holder, without the sign, the years, the notice, the links beside it and the legal form', () => {
  const cases: Array<[string, string]> = [
    ['© 2014 RIA Novosti', 'RIA Novosti'],
    ['© 2019 Sputnik. All rights reserved', 'Sputnik'],
    ['Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.', 'Dow Jones'],
    ['© Copyright Gannett 2018', 'Gannett'],
    ['Copyright @ 2019 The New Arab.', 'The New Arab'],
    ['© 2000 - 2019 Al Bawaba (www.albawaba.com)', 'Al Bawaba'],
    ['©2019 Hearst', 'Hearst'],
    ['Copyright © 2000—2019. PAN Media', 'PAN Media'],
    ['© Copyright 2011-2019 ノート100YEN.com.', 'ノート100YEN.com'],
    ['Copyright © 2019, Quiller Media, Inc., Contact Us', 'Quiller Media'],
    ['© The Detroit News, a Digital First Media Newspaper', 'The Detroit News'],
    ['Copyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019.', 'Хёрст Шкулёв Паблишинг'],
    ['© Zurek Design LLC — Read our fascinating terms of service.', 'Zurek Design'],
    ['© 1995 - 2019 by Snopes Media Group Inc.', 'Snopes Media Group'],
    ['© Inexhibit 2019 - ISSN: 2283-5474', 'Inexhibit'],
    ['© AUTORACING. Todos os direitos reservados', 'AUTORACING'],
    ['Copyright 2019 - MacRumors.com, LLC', 'MacRumors.com'],
    ['© Agence France-Presse', 'Agence France-Presse'],
    ['Copyright © 2000- MacRumors.com, LLC.', 'MacRumors.com'],
    ['Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지', 'Entermedia.co.kr'],
    ['© 2019 Penske Media Corporation', 'Penske Media'],
    ['© The Printers (Mysore) Private Ltd', 'The Printers (Mysore)'],
    ['© 2019 Acme Co., Ltd.', 'Acme'],
    ['© 2019 CityAM. Limited', 'CityAM'],
    // "Company" is part of names; only a legal form goes.
    ['© 2019 The New York Times Company', 'The New York Times Company'],
    ['© 2019 The Channel Company', 'The Channel Company'],
    // The notice's own words first; the company's address after its legal form.
    ['All contents © 2019 The Slate Group LLC. All rights reserved.', 'The Slate Group'],
    ['©All Rights Reserved Poynter Institute 2019, a 501(c)(3) nonprofit organization', 'Poynter Institute'],
    ['© Future US, Inc. 11 West 42nd Street, 15th Floor, New York, NY 10036.', 'Future US'],
    ['Copyright © Mortons Media Group Ltd, Media Centre, Morton Way, Horncastle. LN9 6JR UK', 'Mortons Media Group'],
    // Two holders: the first, the site's own.
    ['Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten.', 'Business Insider Deutschland'],
  ];
  for (const [line, holder] of cases) assert.equal(copyrightHolder(line), holder, line);
});

test('a link, a bare notice or a sentence names no holder', () => {
  for (const line of ['Copyright Policy', 'Copyright and Reprint', '© 2019  All rights reserved.', '© All rights reserved | Terms', '©', 'Copyright 2019', '© 2019 This material may not be published, broadcast, rewritten or redistributed', 'Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by Clickability', 'Wccftech © 2019 NewAge ADS, LLC. All rights reserved.', '© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.']) {
    assert.equal(copyrightHolder(line), null, line);
  }
});

test("the site's name before the notice of the company holding it; not the notice's own words", () => {
  assert.equal(nameBeforeNotice('Wccftech © 2019 NewAge ADS, LLC. All rights reserved.'), 'Wccftech');
  assert.equal(nameBeforeNotice('The Real Deal ©2019'), 'The Real Deal');
  for (const line of ['Copyright © 2019 Dow Jones & Company, Inc.', 'All Contents © 2019 The Slate Group', 'IPSO Regulated Copyright ©2019 Express Newspapers.', '© 2019 Sputnik', 'Photos © 2019 Reuters and others', 'Images © 2019 Getty Images. All rights reserved.', 'Privacy Policy © 2019 Acme Media', 'Terms © 2019 Acme Media']) {
    assert.equal(nameBeforeNotice(line), null, line);
  }
});
