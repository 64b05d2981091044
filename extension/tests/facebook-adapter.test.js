// The site adapter against the real mobile markup (tests/fixtures/facebook-real,
// read in place) and the reconstructed desktop and basic-mobile fixtures
// (tests/fixtures/desktop, tests/fixtures/mbasic).
'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { parseHTML } = require('linkedom');
const A = require('../content/facebook-adapter.js');

const REPO = path.resolve(__dirname, '../..');
const REAL = path.resolve(REPO, 'tests/fixtures/facebook-real');
const DESKTOP = path.join(REPO, 'tests/fixtures/desktop');
const READER_ID = '100068943456113'; // the logged-in reader in the real markup (USER_ID, ACCOUNT_ID, actorID)

const cache = new Map();
function html(file) {
  if (!cache.has(file)) cache.set(file, fs.readFileSync(file, 'utf8'));
  return cache.get(file);
}
function doc(file) {
  return parseHTML(html(file)).document;
}
function read(file, href, loadedHref = href) {
  return A.readProfile(doc(file), href, loadedHref);
}

describe('real mobile markup (m.facebook.com, 2021)', () => {
  const posts = path.join(REAL, 'm-page-nintendo-posts.html');
  const permalink = path.join(REAL, 'm-page-nintendo-post-permalink.html');
  const group = path.join(REAL, 'm-group-posts.html');

  test('the fixture carries the reader\'s own id (the trap is real)', () => {
    assert.ok(html(posts).includes(`"USER_ID":"${READER_ID}"`));
    assert.ok(html(posts).includes(`"ACCOUNT_ID":"${READER_ID}"`));
  });

  for (const href of ['https://m.facebook.com/Nintendo/', 'https://m.facebook.com/Nintendo/posts/', 'https://touch.facebook.com/Nintendo/?ref=page_internal']) {
    test(`Nintendo's posts at ${href}: id, handle, name, avatar`, () => {
      const r = read(posts, href);
      assert.equal(r.profile.id, '119240841493711');
      assert.equal(r.profile.handle, 'Nintendo');
      assert.equal(r.profile.name, 'Nintendo');
      assert.match(r.profile.avatar_url, /^https:\/\/scontent\.[a-z0-9.-]+\.fbcdn\.net\/v\/.+_n\.png\?/);
      assert.ok(!r.profile.avatar_url.includes('\\'), 'CSS escapes undone');
      assert.equal(r.sources.id, 'entity_id');
      assert.equal(r.key, 'facebook:id:119240841493711');
      assert.ok(!JSON.stringify(r).includes(READER_ID), 'never the reader\'s id');
    });
  }

  test('Nintendo at profile.php?id=…: the id from the address, the handle from its own avatar link', () => {
    const r = read(posts, 'https://m.facebook.com/profile.php?id=119240841493711');
    assert.deepEqual([r.profile.id, r.profile.handle, r.profile.name], ['119240841493711', 'Nintendo', 'Nintendo']);
  });

  test('a post of the Page: the Page, never the reader whose avatar sits in the comment box', () => {
    const r = read(permalink, 'https://m.facebook.com/Nintendo/photos/a.1/4194935043924250/');
    assert.equal(r.profile.id, '119240841493711');
    assert.equal(r.profile.name, 'Nintendo');
    const all = JSON.stringify(r);
    assert.ok(!all.includes(READER_ID));
    assert.ok(!all.includes('Uoa Certwo'), 'the reader\'s own name is not the page\'s');
  });

  test('the group page yields nothing, at its address or disguised as a handle', () => {
    assert.equal(read(group, 'https://m.facebook.com/groups/southamericansincomputing/'), null);
    assert.equal(read(group, 'https://m.facebook.com/southamericansincomputing/'), null);
    assert.equal(read(group, 'https://www.facebook.com/southamericansincomputing'), null);
  });

  test('not a Facebook address: nothing', () => {
    assert.equal(read(posts, 'https://example.org/Nintendo/'), null);
    assert.equal(read(posts, 'https://m.facebook.com.evil.example/Nintendo/'), null);
  });
});

describe('reconstructed desktop markup (www.facebook.com)', () => {
  const f = (n) => path.join(DESKTOP, n);

  test('the real page: og tags, al:android:url, profile header JSON, avatar', () => {
    const r = read(f('dgsn-real.html'), 'https://www.facebook.com/DGSN.Test.Officiel/');
    assert.equal(r.profile.id, '100064000000001');
    assert.equal(r.profile.handle, 'DGSN.Test.Officiel');
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    assert.equal(r.sources.id, 'al:android:url');
    assert.ok(!JSON.stringify(r).includes('100070000000042'), 'the reader\'s USER_ID is not read');
  });

  test('the fake page: its own id from al:android:url, never the reader\'s USER_ID/actorID (= the real page\'s id)', () => {
    const r = read(f('dgsn-fake.html'), 'https://www.facebook.com/dgsn.maroc.info/');
    assert.equal(r.profile.id, '100087000000002');
    assert.equal(r.profile.handle, 'dgsn.maroc.info');
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.sources.name, '[role=main] h1');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/copied-avatar.jpg');
  });

  test('the fake page without its meta tags: still never the reader\'s id', () => {
    const d = doc(f('dgsn-fake.html'));
    for (const m of d.querySelectorAll('meta')) m.remove();
    const r = A.readProfile(d, 'https://www.facebook.com/dgsn.maroc.info/', 'https://www.facebook.com/dgsn.maroc.info/');
    assert.equal(r.profile.id, undefined);
    assert.equal(r.profile.handle, 'dgsn.maroc.info');
  });

  test('the unrelated page: route props JSON (userID + userVanity), h1, svg avatar', () => {
    const r = read(f('unrelated.html'), 'https://www.facebook.com/cafe.atlas.rabat/');
    assert.deepEqual([r.profile.id, r.profile.handle, r.profile.name], ['100088000000003', 'cafe.atlas.rabat', 'Café Atlas Rabat']);
    assert.equal(r.sources.id, 'json');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/cafe.jpg');
  });

  test('a hostile name is read as text, as the page shows it', () => {
    const r = read(f('hostile-name.html'), 'https://www.facebook.com/profile.php?id=100089000000004');
    assert.equal(r.profile.id, '100089000000004');
    assert.equal(r.profile.name, '<img src=x onerror="window.__asliPwned=1"><script>window.__asliPwned=2</script> News');
  });

  test('after an in-app navigation the old page\'s <head> and JSON are not trusted', () => {
    const d = doc(f('dgsn-fake.html'));
    d.querySelector('[role=main] h1').textContent = 'Café Atlas Rabat';
    const r = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/', 'https://www.facebook.com/dgsn.maroc.info/');
    assert.equal(r.profile.id, undefined, 'not the fake page\'s id from the stale al:android:url');
    assert.equal(r.profile.handle, 'cafe.atlas.rabat');
    assert.equal(r.profile.name, 'Café Atlas Rabat');
  });

  test('…but they are when they describe the new address', () => {
    const d = doc(f('dgsn-real.html'));
    const r = A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', 'https://www.facebook.com/somewhere.else/');
    assert.equal(r.profile.id, '100064000000001');
  });

  test('a name of 100 KB is capped before it reaches the engine', () => {
    const d = doc(f('unrelated.html'));
    d.querySelector('[role=main] h1').textContent = 'ن'.repeat(100 * 1024);
    const r = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/', null);
    assert.equal(Array.from(r.profile.name).length, A.MAX_NAME);
  });
});

describe('reconstructed basic mobile markup (mbasic.facebook.com)', () => {
  const page = path.join(REPO, 'tests/fixtures/mbasic/page-nintendo.html');

  test('the fixture carries the reader\'s own profile link and picture (the trap)', () => {
    assert.ok(html(page).includes(`/profile.php?id=${READER_ID}`));
    assert.equal(doc(page).querySelectorAll('img.profpic[alt="Reader Name"]').length, 2);
  });

  test('Nintendo at its handle: the handle from the address, the name from the title, never the reader', () => {
    const r = read(page, 'https://mbasic.facebook.com/Nintendo/');
    assert.deepEqual(r.profile, { platform: 'facebook', name: 'Nintendo', handle: 'Nintendo' });
    assert.equal(r.key, 'facebook:handle:nintendo');
    assert.ok(!JSON.stringify(r).includes(READER_ID));
    assert.ok(!JSON.stringify(r).includes('Reader Name'));
  });

  test('Nintendo at profile.php?id=…: the id from the address', () => {
    const r = read(page, 'https://mbasic.facebook.com/profile.php?id=119240841493711');
    assert.deepEqual([r.profile.id, r.profile.name], ['119240841493711', 'Nintendo']);
  });
});

describe('addresses', () => {
  const cases = [
    ['https://www.facebook.com/Hespress', { kind: 'page', handle: 'Hespress' }],
    ['https://www.facebook.com/Hespress/about/', { kind: 'page', handle: 'Hespress' }],
    ['https://www.facebook.com/profile.php?id=100064591867845', { kind: 'page', id: '100064591867845' }],
    ['https://www.facebook.com/people/Some-Name/100091234567890/', { kind: 'page', id: '100091234567890' }],
    ['https://www.facebook.com/pages/Le-Matin/161637767281862', { kind: 'page', id: '161637767281862' }],
    ['https://www.facebook.com/p/Some-Name-100091234567890/', { kind: 'page', id: '100091234567890' }],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=172118712872056', { kind: 'page', id: '172118712872056' }],
    ['https://mbasic.facebook.com/465749103793057', { kind: 'page', id: '465749103793057' }],
    ['https://www.facebook.com/', { kind: 'other' }],
    ['https://www.facebook.com/watch/?v=1', { kind: 'other' }],
    ['https://www.facebook.com/marketplace/', { kind: 'other' }],
    ['https://www.facebook.com/groups/123456/', { kind: 'group' }],
    ['https://www.facebook.com/events/1/', { kind: 'other' }],
    ['https://www.facebook.com/search/top?q=hespress', { kind: 'other' }],
    ['https://www.facebook.com/profile.php', { kind: 'other' }],
    ['https://facebook.com/Hespress', null],
    ['http://example.com/Hespress', null],
  ];
  for (const [href, want] of cases) {
    test(href, () => assert.deepEqual(A.parseFacebookUrl(href), want));
  }
  test('app links', () => {
    assert.deepEqual(A.parseAppLink('fb://page/?id=119240841493711'), { kind: 'page', id: '119240841493711' });
    assert.deepEqual(A.parseAppLink('fb://page/119240841493711'), { kind: 'page', id: '119240841493711' });
    assert.deepEqual(A.parseAppLink('fb://profile/100064000000001'), { kind: 'page', id: '100064000000001' });
    assert.deepEqual(A.parseAppLink('fb://group/117507531664134'), { kind: 'group' });
    assert.equal(A.parseAppLink('fb://event/1234567'), null);
  });
  test('titles', () => {
    assert.equal(A.nameFromTitle('Nintendo - Posts'), 'Nintendo');
    assert.equal(A.nameFromTitle('(3) Hespress | Facebook'), 'Hespress');
    assert.equal(A.nameFromTitle('Facebook'), '');
  });
});
