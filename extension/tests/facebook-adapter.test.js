// The site adapter against real saved Facebook pages (tests/fixtures/facebook-real,
// every entry of its expected.json, read in place), the reconstructed desktop
// and basic-mobile fixtures (tests/fixtures/desktop, tests/fixtures/mbasic),
// the address shapes Facebook uses, and the hostile pages of issue 10.
'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { parseHTML } = require('linkedom');
const A = require('../content/facebook-adapter.js');
const Real = require('./real-pages.js');

const REPO = path.resolve(__dirname, '../..');
const REAL = Real.REAL;
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
function docOf(markup) {
  return parseHTML(markup).document;
}
function read(file, href, loadedHref = href, opts) {
  return A.readProfile(doc(file), href, loadedHref, opts);
}
const f = (n) => path.join(DESKTOP, n);

// ------------------------------------------------------------------ real pages

/**
 * Where the adapter reads more than expected.json says the page holds, checked
 * by hand: the disagreement is pinned (the test fails if anything else differs).
 */
const KNOWN_DISAGREEMENTS = {
  // expected.json: "no avatar image" (none rendered yet); the page's own header data holds it:
  // profile_header_renderer.user.profilePicLarge (t39.30808-1, s200x200), with the same user's name.
  'www-page-snerikes-events-2024-dom-partial.html': (r) => {
    assert.equal(r.sources.avatar, 'json header');
    assert.match(r.profile.avatar_url, /\/t39\.30808-1\/429674414_837506708421964_/);
  },
};

describe('real saved pages (tests/fixtures/facebook-real/expected.json)', () => {
  const entries = Real.entries();
  test('expected.json lists real pages', () => {
    assert.ok(entries.length >= 3, `only ${entries.length} entries`);
  });
  for (const e of entries) {
    const group = Real.kindGroup(e.kind);
    test(`${e.file} (${e.kind}): ${group === 'page/profile' ? 'the page, fully' : group === 'post/photo/video' ? 'the author, or nothing' : 'nothing'}`, () => {
      const { r, document } = Real.readEntry(e);
      const s = Real.score(e, r, document);
      if (KNOWN_DISAGREEMENTS[e.file]) {
        assert.deepEqual(s.problems.map((p) => p.split(':')[0]), ['avatar'], s.problems.join('; '));
        KNOWN_DISAGREEMENTS[e.file](r);
        return;
      }
      if (group === 'post/photo/video') {
        assert.ok(s.score === 'right' || s.score === 'nothing', `${s.score}: ${s.problems.join('; ')}`);
        if (r) assert.equal(r.learnable, false, 'a post never teaches an avatar');
      } else {
        assert.equal(s.score, 'right', s.problems.join('; '));
      }
      if (r && e.reader) {
        const all = JSON.stringify(r);
        if (e.reader.id && e.reader.id !== '0') assert.ok(!all.includes(e.reader.id), 'the reader\'s id leaked');
        if (e.reader.name) assert.notEqual(r.profile.name, e.reader.name, 'the reader\'s name leaked');
      }
    });
  }
});

describe('real mobile markup (m.facebook.com, 2021)', () => {
  const posts = path.join(REAL, 'm-page-nintendo-posts.html');
  const permalink = path.join(REAL, 'm-page-nintendo-post-permalink.html');
  const group = path.join(REAL, 'm-group-posts.html');

  test('the fixture carries the reader\'s own id (the trap is real)', () => {
    assert.ok(html(posts).includes(`"USER_ID":"${READER_ID}"`));
    assert.ok(html(posts).includes(`"ACCOUNT_ID":"${READER_ID}"`));
  });

  for (const href of ['https://m.facebook.com/Nintendo/', 'https://m.facebook.com/Nintendo/posts/', 'https://touch.facebook.com/Nintendo/?ref=page_internal',
    'https://mobile.facebook.com/Nintendo/', 'https://free.facebook.com/Nintendo/', 'https://ar-ar.facebook.com/Nintendo/']) {
    test(`Nintendo's posts at ${href}: id, handle, name, avatar`, () => {
      const r = read(posts, href);
      assert.equal(r.profile.id, '119240841493711');
      assert.equal(r.profile.handle, 'Nintendo');
      assert.equal(r.profile.name, 'Nintendo');
      assert.match(r.profile.avatar_url, /^https:\/\/scontent\.[a-z0-9.-]+\.fbcdn\.net\/v\/.+_n\.png\?/);
      assert.ok(!r.profile.avatar_url.includes('\\'), 'CSS escapes undone');
      assert.equal(r.sources.id, 'entity_id');
      assert.equal(r.key, 'facebook:id:119240841493711');
      assert.equal(r.profile.followers, 5410921, '5,410,921 likes');
      assert.ok(!JSON.stringify(r).includes(READER_ID), 'never the reader\'s id');
    });
  }

  test('Nintendo at profile.php?id=…: the id from the address, the handle from its own avatar link', () => {
    const r = read(posts, 'https://m.facebook.com/profile.php?id=119240841493711');
    assert.deepEqual([r.profile.id, r.profile.handle, r.profile.name], ['119240841493711', 'Nintendo', 'Nintendo']);
  });

  test('a post of the Page is judged by its author, never the reader whose avatar sits in the comment box', () => {
    const r = read(permalink, 'https://m.facebook.com/Nintendo/photos/a.1/4194935043924250/');
    assert.equal(r.kind, 'author');
    assert.equal(r.profile.id, '119240841493711');
    assert.equal(r.profile.name, 'Nintendo');
    assert.equal(r.learnable, false);
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

// ------------------------------------------------------------------ reconstructed desktop

describe('reconstructed desktop markup (www.facebook.com)', () => {
  test('the real page: og tags, al:android:url, profile header JSON, avatar; learnable on its root', () => {
    const r = read(f('dgsn-real.html'), 'https://www.facebook.com/DGSN.Test.Officiel/');
    assert.equal(r.profile.id, '100064000000001');
    assert.equal(r.profile.handle, 'DGSN.Test.Officiel');
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    assert.equal(r.sources.avatar, 'svg image');
    assert.equal(r.learnable, true);
    assert.ok(!JSON.stringify(r).includes('100070000000042'), 'the reader\'s USER_ID is not read');
  });

  test('the real page\'s About tab: same page, but its picture is not learned there', () => {
    const r = read(f('dgsn-real.html'), 'https://www.facebook.com/DGSN.Test.Officiel/about/');
    assert.equal(r.profile.id, '100064000000001');
    assert.equal(r.learnable, false);
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
    assert.equal(r.sources.id, 'json route');
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

  test('og:url naming another page than the address: no identity at all', () => {
    const d = doc(f('dgsn-real.html'));
    d.querySelector('meta[property="og:url"]').setAttribute('content', 'https://www.facebook.com/someone.else/');
    assert.equal(A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', null), null);
  });

  test('al:android:url naming another id than the profile header: no identity at all', () => {
    const d = doc(f('dgsn-real.html'));
    d.querySelector('meta[property="al:android:url"]').setAttribute('content', 'fb://page/?id=100099999999999');
    d.querySelector('meta[property="al:ios:url"]').remove();
    assert.equal(A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', null), null);
  });
});

// ------------------------------------------------------------------ mbasic

describe('reconstructed basic mobile markup (mbasic.facebook.com)', () => {
  const page = path.join(REPO, 'tests/fixtures/mbasic/page-nintendo.html');

  test('the fixture carries the reader\'s own profile link and picture (the trap)', () => {
    assert.ok(html(page).includes(`/profile.php?id=${READER_ID}`));
    assert.equal(doc(page).querySelectorAll('img.profpic[alt="Reader Name"]').length, 2);
  });

  test('mbasic: the page\'s picture img[alt="<Name>, profile picture"] in its photo.php?…&id=N link gives its name, id and avatar', () => {
    const r = read(page, 'https://mbasic.facebook.com/Nintendo/');
    assert.deepEqual(
      [r.profile.name, r.profile.handle, r.profile.id],
      ['Nintendo', 'Nintendo', '119240841493711'],
    );
    assert.match(r.profile.avatar_url, /nintendo-avatar\.png/);
    assert.equal(r.sources.avatar, 'mbasic header');
    assert.equal(r.learnable, true);
    assert.ok(!JSON.stringify(r).includes(READER_ID));
    assert.ok(!JSON.stringify(r).includes('Reader Name'));
    assert.ok(!JSON.stringify(r).includes('reader-avatar'));
  });

  test('Nintendo at profile.php?id=…: the id from the address', () => {
    const r = read(page, 'https://mbasic.facebook.com/profile.php?id=119240841493711');
    assert.deepEqual([r.profile.id, r.profile.name], ['119240841493711', 'Nintendo']);
  });

  test('mbasic: a header link naming another id than the address: nothing', () => {
    assert.equal(read(page, 'https://mbasic.facebook.com/profile.php?id=100099999999999'), null);
  });
});

// ------------------------------------------------------------------ addresses

describe('addresses: every form Facebook uses (table)', () => {
  const P = (who, root = false) => ({ kind: 'page', ...who, root });
  const C = (extra = {}) => ({ kind: 'content', ...extra });
  const OTHER = { kind: 'other' };
  const GROUP = { kind: 'group' };
  const cases = [
    // a page's handle, on every host
    ['https://www.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://www.facebook.com/Hespress/', P({ handle: 'Hespress' }, true)],
    ['https://www.facebook.com/Hespress/?ref=page_internal', P({ handle: 'Hespress' }, true)],
    ['https://web.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://m.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://mobile.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://mbasic.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://touch.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://free.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://d.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://business.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://ar-ar.facebook.com/Hespress', P({ handle: 'Hespress' }, true)],
    ['https://fr-fr.facebook.com/le360.ma/', P({ handle: 'le360.ma' }, true)],
    ['https://www.facebook.com/www.lematin.ma', P({ handle: 'www.lematin.ma' }, true)],
    // a page's tabs
    ['https://www.facebook.com/Hespress/about/', P({ handle: 'Hespress' })],
    ['https://www.facebook.com/Hespress/photos/', P({ handle: 'Hespress' })],
    ['https://www.facebook.com/Hespress/videos', P({ handle: 'Hespress' })],
    ['https://m.facebook.com/Nintendo/posts/', P({ handle: 'Nintendo' })],
    // numeric ids and name-id slugs
    ['https://www.facebook.com/profile.php?id=100064591867845', P({ id: '100064591867845' }, true)],
    ['https://www.facebook.com/profile.php?id=100064591867845&sk=about', P({ id: '100064591867845' })],
    ['https://mbasic.facebook.com/465749103793057', P({ id: '465749103793057' }, true)],
    ['https://www.facebook.com/people/Some-Name/100091234567890/', P({ id: '100091234567890' }, true)],
    ['https://www.facebook.com/pages/Le-Matin/161637767281862', P({ id: '161637767281862' }, true)],
    ['https://www.facebook.com/p/Some-Name-100091234567890/', P({ id: '100091234567890' }, true)],
    ['https://www.facebook.com/Mariano-Rajoy-Brey-54212446406/', P({ id: '54212446406' }, true)],
    ['https://www.facebook.com/Mariano-Rajoy-Brey-54212446406/photos', P({ id: '54212446406' })],
    [`https://www.facebook.com/${encodeURIComponent('هسبريس-Hespress')}-100064591867845/`, P({ id: '100064591867845' }, true)],
    [`https://www.facebook.com/${encodeURIComponent('المركز-الثقافي-القبطي')}-179240385797/`, P({ id: '179240385797' }, true)],
    ['https://www.facebook.com/pages/category/Video-Game/Nintendo/', P({ handle: 'Nintendo' }, true)],
    ['https://www.facebook.com/pages/category/Video-Game/Nintendo/posts/', P({ handle: 'Nintendo' })],
    ['https://www.facebook.com/pages/category/Media-News-Company/Hespress-123456789012/', P({ id: '123456789012' }, true)],
    ['https://www.facebook.com/pg/Hespress/', P({ handle: 'Hespress' }, true)],
    ['https://www.facebook.com/pg/Hespress/photos/?tab=album', P({ handle: 'Hespress' })],
    ['https://www.facebook.com/pg/Mariano-Rajoy-Brey-54212446406/photos/', P({ id: '54212446406' })],
    // one piece of content: judged by its author; a query-string id is only a hint
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=172118712872056', C({ hint: '172118712872056' })],
    ['https://www.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711', C({ hint: '119240841493711' })],
    ['https://www.facebook.com/photo.php?fbid=10158&set=a.1&id=100064591867845', C({ hint: '100064591867845' })],
    ['https://www.facebook.com/photo.php?fbid=10158', C()],
    ['https://www.facebook.com/photo/?fbid=10158&set=a.1', C()],
    ['https://www.facebook.com/watch/?v=286348296528911', C()],
    ['https://www.facebook.com/reel/1234567890', C()],
    ['https://www.facebook.com/video.php?v=1234567890', C()],
    ['https://www.facebook.com/Nintendo/posts/4194934713924283', C({ owner: { handle: 'Nintendo' } })],
    ['https://www.facebook.com/ironmaiden/posts/pfbid02XM9Uabh4DrExsfTo4zpJTUivryioKwBHzmX2VRAxyxY4khagzsdgt5oBqv4Keu6fl', C({ owner: { handle: 'ironmaiden' } })],
    ['https://m.facebook.com/Nintendo/photos/a.271203266297467/4194934713924283/?type=3', C({ owner: { handle: 'Nintendo' } })],
    ['https://www.facebook.com/Nintendo/videos/286348296528911/', C({ owner: { handle: 'Nintendo' } })],
    ['https://www.facebook.com/119240841493711/posts/3062099977207768/', C({ owner: { id: '119240841493711' } })],
    ['https://www.facebook.com/afcajax/videos/1686831701364171', C({ owner: { handle: 'afcajax' } })],
    // not a page
    ['https://www.facebook.com/', OTHER],
    ['https://www.facebook.com/watch/', OTHER],
    ['https://www.facebook.com/marketplace/', OTHER],
    ['https://www.facebook.com/events/1/', OTHER],
    ['https://www.facebook.com/search/top?q=hespress', OTHER],
    ['https://www.facebook.com/profile.php', OTHER],
    ['https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fironmaiden%2F', OTHER],
    ['https://m.facebook.com/settings', OTHER],
    ['https://www.facebook.com/live', OTHER],
    ['https://www.facebook.com/pages/', OTHER],
    ['https://www.facebook.com/hashtag/maroc', OTHER],
    [`https://www.facebook.com/${encodeURIComponent('هسبريس')}/`, OTHER],
    ['https://www.facebook.com/groups/123456/', GROUP],
    ['https://m.facebook.com/groups/southamericansincomputing/permalink/1629606003787605/', GROUP],
    ['https://www.facebook.com/group.php?gid=1', GROUP],
    // not Facebook
    ['https://facebook.com.evil.example/Hespress', null],
    ['https://evilfacebook.com/Hespress', null],
    ['https://www.facebook.co/Hespress', null],
    ['https://developers.facebook.com/Hespress', null],
    ['http://example.com/Hespress', null],
    ['javascript:alert(1)', null],
  ];
  test(`the table has at least 40 real address shapes (${cases.length})`, () => assert.ok(cases.length >= 40));
  for (const [href, want] of cases) {
    test(decodeURI(href), () => assert.deepEqual(A.parseFacebookUrl(href), want));
  }
  test('app links', () => {
    assert.deepEqual(A.parseAppLink('fb://page/?id=119240841493711'), { kind: 'page', id: '119240841493711' });
    assert.deepEqual(A.parseAppLink('fb://page/119240841493711'), { kind: 'page', id: '119240841493711' });
    assert.deepEqual(A.parseAppLink('fb://profile/100064000000001'), { kind: 'page', id: '100064000000001' });
    assert.deepEqual(A.parseAppLink('fb://group/117507531664134'), { kind: 'group' });
    assert.equal(A.parseAppLink('fb://event/1234567'), null);
  });
  test('titles: Facebook\'s own screens are never a name', () => {
    assert.equal(A.nameFromTitle('Nintendo - Posts'), 'Nintendo');
    assert.equal(A.nameFromTitle('(3) Hespress | Facebook'), 'Hespress');
    assert.equal(A.nameFromTitle('Facebook'), '');
    assert.equal(A.nameFromTitle('Log into Facebook'), '');
    assert.equal(A.nameFromTitle('Log in or sign up to view'), '');
    assert.equal(A.nameFromTitle('Hespress en Facebook Watch'), 'Hespress');
  });
  test('the login wall at a page\'s address yields nothing', () => {
    const d = docOf('<title>Log into Facebook</title><body><form><a href="/ironmaiden/">x</a></form></body>');
    assert.equal(A.readProfile(d, 'https://www.facebook.com/ironmaiden/', null), null);
    assert.equal(A.readProfile(docOf('<title>Log into Facebook</title>'), 'https://www.facebook.com/ironmaiden/', null), null);
  });
});

// ------------------------------------------------------------------ hostile pages (issue 10, problems 6–10)

describe('never vouch for what a page does not own', () => {
  const OUTLET = '100064000000001'; // DGSN.Test.Officiel in tests/fixtures/lists/desktop.json
  const photo = f('shared-photo-of-fake.html');

  // Problem 6
  for (const href of [
    `https://www.facebook.com/photo.php?fbid=900000000000001&set=a.1&id=${OUTLET}`,
    `https://www.facebook.com/permalink.php?story_fbid=900000000000001&id=${OUTLET}`,
    `https://www.facebook.com/story.php?story_fbid=900000000000001&id=${OUTLET}`,
    `https://m.facebook.com/story.php?story_fbid=900000000000001&id=${OUTLET}`,
  ]) {
    test(`an outlet's id in a shared link's query string is never the page's id: ${href.replace(/^https:\/\/[^/]+/, '')}`, () => {
      const r = read(photo, href);
      assert.ok(!r || r.profile.id !== OUTLET, `read as the outlet: ${JSON.stringify(r && r.profile)}`);
      assert.ok(!r || r.profile.handle !== 'DGSN.Test.Officiel');
    });
  }

  test('an outlet\'s handle in a photo address whose og:url names another page: nothing', () => {
    const r = read(photo, 'https://www.facebook.com/DGSN.Test.Officiel/photos/a.1/900000000000001/');
    assert.equal(r, null);
  });

  test('a shared photo is judged by its author (the impersonator), never by the address', () => {
    const r = read(photo, `https://www.facebook.com/photo.php?fbid=900000000000001&id=${OUTLET}`);
    // the query's id disagrees with nothing the page says about its author (it names a handle only):
    // the author is named, without the query's id
    if (r) {
      assert.equal(r.profile.handle, 'dgsn.maroc.info');
      assert.equal(r.profile.id, undefined);
    }
  });

  test('a query-string id that disagrees with the author\'s id: nothing', () => {
    const d = doc(photo);
    d.querySelector('[data-ad-rendering-role] a').setAttribute('href', 'https://www.facebook.com/dgsn.maroc.info/?pageid=100087000000002');
    assert.equal(A.readProfile(d, `https://www.facebook.com/photo.php?fbid=900000000000001&id=${OUTLET}`, null), null);
  });

  // Problem 7
  test('a post\'s picture (og:image) is never the avatar, and a post teaches no avatar', () => {
    const r = read(f('outlet-post.html'), 'https://www.facebook.com/DGSN.Test.Officiel/posts/900000000000002');
    assert.equal(r.profile.id, OUTLET);
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني', 'the author, not og:title');
    assert.notEqual(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-6/post-picture.jpg');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    assert.equal(r.learnable, false);
  });

  test('on a page\'s root, og:image is not the avatar either (the header\'s picture is)', () => {
    const d = doc(f('dgsn-real.html'));
    d.querySelector('meta[property="og:image"]').setAttribute('content', 'https://scontent.xx.fbcdn.net/v/t39.30808-6/cover.jpg');
    for (const img of d.querySelectorAll('svg image')) img.remove();
    const r = A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', null);
    assert.notEqual(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-6/cover.jpg');
  });

  // Problem 8
  test('in-app navigation A → B before the header redraws: never A\'s name or picture with B\'s address', () => {
    const d = doc(f('unrelated.html')); // A: the café's header is still on screen
    const stale = A.readHeader(d, 'https://www.facebook.com/cafe.atlas.rabat/');
    const r = A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', 'https://www.facebook.com/cafe.atlas.rabat/', { stale });
    assert.ok(!r || (r.profile.name !== 'Café Atlas Rabat' && r.profile.avatar_url !== 'https://scontent.xx.fbcdn.net/v/t39.30808-1/cafe.jpg'),
      JSON.stringify(r && r.profile));
    assert.equal(r, null, 'nothing is said until B\'s header is drawn');
  });

  test('in-app navigation back to the loaded address (B → A) before the header redraws: never B\'s name at A', () => {
    const d = doc(f('unrelated.html')); // loaded at the café (A); the app then showed B's header
    d.querySelector('[role=main] h1').textContent = 'المديرية العامة للأمن الوطني';
    d.querySelector('svg image').setAttribute('xlink:href', 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    const stale = A.readHeader(d, 'https://www.facebook.com/DGSN.Test.Officiel/');
    const r = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/', 'https://www.facebook.com/cafe.atlas.rabat/', { stale });
    assert.ok(!r || r.profile.name !== 'المديرية العامة للأمن الوطني', JSON.stringify(r && r.profile));
    assert.ok(!r || r.profile.avatar_url !== 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
  });

  test('in-app navigation A → B where B copies A\'s exact name: judged once B\'s own picture is drawn', () => {
    const d = doc(f('dgsn-real.html')); // A: the real page, loaded
    const stale = A.readHeader(d, 'https://www.facebook.com/DGSN.Test.Officiel/');
    const at = (href) => A.readProfile(d, href, 'https://www.facebook.com/DGSN.Test.Officiel/', { stale });
    assert.equal(at('https://www.facebook.com/dgsn.maroc.info/'), null, 'A\'s header, not yet redrawn: nothing');
    d.querySelector('svg image').setAttribute('xlink:href', 'https://scontent.xx.fbcdn.net/v/t39.30808-1/copied-avatar.jpg');
    const r = at('https://www.facebook.com/dgsn.maroc.info/');
    assert.equal(r.profile.handle, 'dgsn.maroc.info');
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/copied-avatar.jpg');
    assert.equal(r.profile.id, undefined, 'never the real page\'s id from its stale meta tags');
  });

  test('in-app navigation between two tabs of the same page keeps its header', () => {
    const d = doc(f('unrelated.html'));
    const stale = A.readHeader(d, 'https://www.facebook.com/cafe.atlas.rabat/');
    const r = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/photos/', 'https://www.facebook.com/cafe.atlas.rabat/', { stale });
    assert.equal(r.profile.name, 'Café Atlas Rabat');
  });

  test('in-app navigation A → B: once B\'s header is drawn, B\'s name and picture (but nothing learned without an id)', () => {
    const d = doc(f('unrelated.html'));
    const stale = A.readHeader(d, 'https://www.facebook.com/cafe.atlas.rabat/');
    d.querySelector('[role=main] h1').textContent = 'المديرية العامة للأمن الوطني';
    d.querySelector('svg image').setAttribute('xlink:href', 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    const r = A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', 'https://www.facebook.com/cafe.atlas.rabat/', { stale });
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.profile.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/dgsn-test-avatar.jpg');
    assert.equal(r.learnable, false, 'the header shows no id after an in-app navigation');
  });

  test('in-app navigation: the name redrawn, the picture not yet: the name without A\'s picture', () => {
    const d = doc(f('unrelated.html'));
    const stale = A.readHeader(d, 'https://www.facebook.com/cafe.atlas.rabat/');
    d.querySelector('[role=main] h1').textContent = 'المديرية العامة للأمن الوطني';
    const r = A.readProfile(d, 'https://www.facebook.com/DGSN.Test.Officiel/', 'https://www.facebook.com/cafe.atlas.rabat/', { stale });
    assert.equal(r.profile.name, 'المديرية العامة للأمن الوطني');
    assert.equal(r.profile.avatar_url, undefined);
  });

  test('in-app navigation to a shared photo before its viewer is drawn: never the previous post\'s author', () => {
    const d = doc(f('outlet-post.html')); // the outlet's post is on screen
    for (const m of d.querySelectorAll('meta')) m.remove();
    const stale = A.readHeader(d, 'https://www.facebook.com/DGSN.Test.Officiel/posts/900000000000002');
    const href = `https://www.facebook.com/photo.php?fbid=900000000000001&id=${OUTLET}`;
    const r = A.readProfile(d, href, 'https://www.facebook.com/DGSN.Test.Officiel/posts/900000000000002', { stale });
    assert.equal(r, null, JSON.stringify(r && r.profile));
    // the photo viewer draws its own author: judged
    const a = d.querySelector('[data-ad-rendering-role] a');
    a.setAttribute('href', 'https://www.facebook.com/dgsn.maroc.info/');
    const r2 = A.readProfile(d, href, 'https://www.facebook.com/DGSN.Test.Officiel/posts/900000000000002', { stale });
    assert.equal(r2.profile.handle, 'dgsn.maroc.info');
  });

  test('a post opened in a dialog over the feed is judged by the dialog\'s author; a chat window is never an author', () => {
    const feed = '<div role="main"><div role="article"><h3><a href="https://www.facebook.com/someone.in.feed/">Someone In Feed</a></h3></div></div>';
    const chat = '<div role="dialog" aria-label="Chat"><h2><a href="https://www.facebook.com/a.friend/">A Friend</a></h2></div>';
    const post = '<div role="dialog"><div data-ad-rendering-role="profile_name"><h2><a href="https://www.facebook.com/dgsn.maroc.info/">المديرية العامة للأمن الوطني</a></h2></div></div>';
    const href = `https://www.facebook.com/story.php?story_fbid=900000000000003&id=${OUTLET}`;
    const r = A.readProfile(docOf(`<body>${chat}${feed}${post}</body>`), href, null);
    assert.equal(r.profile.handle, 'dgsn.maroc.info');
    const r2 = A.readProfile(docOf(`<body>${chat}${feed}</body>`), href, null);
    assert.equal(r2.profile.handle, 'someone.in.feed', 'without a post dialog: the main part\'s post header');
    assert.notEqual(r2.profile.handle, 'a.friend');
  });

  // Problem 9
  test('a lone pageID of another page embedded in the page (a shared post) never becomes the page\'s id', () => {
    const r = read(f('goud-impostor.html'), 'https://www.facebook.com/goud.news.officiel/');
    assert.equal(r.profile.handle, 'goud.news.officiel');
    assert.notEqual(r.profile.id, OUTLET);
    assert.equal(r.profile.id, undefined);
  });

  test('a route pageID bound to the address by its vanity is the page\'s id (real 2022 markup)', () => {
    const r = read(path.join(REAL, 'www-page-meedan-2022.html'), 'https://www.facebook.com/heymeedan/');
    assert.equal(r.profile.id, '54421674438');
  });

  // Problem 10
  test('the re-check key changes when the header picture arrives after the name', () => {
    const d = doc(f('unrelated.html'));
    const img = d.querySelector('svg image');
    const url = img.getAttribute('xlink:href');
    img.remove();
    const before = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/', null);
    d.querySelector('svg g').appendChild(img);
    img.setAttribute('xlink:href', url);
    const after = A.readProfile(d, 'https://www.facebook.com/cafe.atlas.rabat/', null);
    assert.equal(before.profile.avatar_url, undefined);
    assert.equal(after.profile.avatar_url, url);
    assert.notEqual(A.checkKey(before, '/cafe.atlas.rabat/'), A.checkKey(after, '/cafe.atlas.rabat/'));
  });

  test('the re-check key changes when the id arrives for the same address and name', () => {
    const a = { key: 'facebook:handle:x', profile: { platform: 'facebook', name: 'X', handle: 'x' } };
    const b = { key: 'facebook:id:100000000001', profile: { platform: 'facebook', name: 'X', handle: 'x', id: '100000000001' } };
    assert.notEqual(A.checkKey(a, '/x/'), A.checkKey(b, '/x/'));
  });
});

// ------------------------------------------------------------------ Facebook's own signals

describe('Facebook\'s own signals', () => {
  test('counts as written in ar/fr/en', () => {
    const cases = [
      ['12 k', 12000], ['12K', 12000], ['1,2 M', 1200000], ['1.2M', 1200000], ['١٢ ألف', 12000],
      ['5,410,921', 5410921], ['5 410 921', 5410921], ['5\u202f410\u202f921', 5410921], ['1,5 k', 1500],
      ['٣٫٤ مليون', 3400000], ['27K', 27000], ['3 846', 3846], ['12,5 ألف', 12500],
    ];
    for (const [text, want] of cases) assert.equal(A.parseCount(text), want, text);
  });

  test('dates as written in ar/fr/en', () => {
    const cases = [
      ['Page created - March 3, 2014', '2014-03-03'], ['Page créée – 3 mars 2014', '2014-03-03'],
      ['تم إنشاء الصفحة - ٣ مارس ٢٠١٤', '2014-03-03'], ['January 7, 2009', '2009-01-07'],
      ['17 novembre 2009', '2009-11-17'], ['2024-09-17', '2024-09-17'], ['February 30, 2014', null], ['yesterday', null],
    ];
    for (const [text, want] of cases) assert.equal(A.parseDate(text), want, text);
  });

  function page(headerExtra, body) {
    return docOf(`<!DOCTYPE html><html><head><title>Hespress | Facebook</title></head><body>
      <div role="main"><div><div><h1>${headerExtra}</h1></div></div>${body}</div></body></html>`);
  }

  test('the header\'s verified badge (aria-label in en/fr/ar) → facebook_verified', () => {
    for (const label of ['Verified account', 'Compte vérifié', 'حساب موثّق', 'Verified Page']) {
      const d = page(`Hespress<span><svg aria-label="${label}" role="img"></svg></span>`, '');
      const r = A.readProfile(d, 'https://www.facebook.com/Hespress/', null);
      assert.equal(r.profile.facebook_verified, true, label);
    }
  });

  test('a shared post\'s "X shared a post by Y ✓": Y\'s badge is not X\'s', () => {
    const d = docOf(`<div role="main"><div role="article"><h3><span><strong><a href="/someone.page/">Someone</a></strong>
      shared a post by <strong><span><a href="/Hespress/">Hespress</a><span role="img" aria-label="Verified Page"></span></span></strong></span></h3></div></div>`);
    const r = A.readProfile(d, 'https://m.facebook.com/someone.page/posts/900000000000007', null);
    assert.equal(r.profile.handle, 'someone.page');
    assert.equal(r.profile.facebook_verified, undefined);
  });

  test('a ✅ emoji inside the name is not a badge', () => {
    const d = page('Hespress ✅ Verified', '<p>Verified account</p>');
    const r = A.readProfile(d, 'https://www.facebook.com/Hespress/', null);
    assert.equal(r.profile.facebook_verified, undefined);
  });

  test('followers, creation date, previous names, managers\' countries and category from the page\'s text', () => {
    const d = page('Hespress', `
      <div><span>Page · News &amp; media website</span></div>
      <div><a href="/Hespress/followers/">1,2 M followers</a></div>
      <div><span>Page transparency</span>
        <div><span>Page created - March 3, 2014</span></div>
        <div><span>Previous names</span><span>Changed name to Hespress News</span><span>June 1, 2016</span><span>Hespress Officiel</span></div>
        <div><span>Primary country/region location for people who manage this Page</span><span>Morocco (5)</span><span>Spain (1)</span></div>
      </div>`);
    const r = A.readProfile(d, 'https://www.facebook.com/Hespress/', null);
    assert.equal(r.profile.followers, 1200000);
    assert.equal(r.profile.created, '2014-03-03');
    assert.deepEqual(r.profile.previous_names, ['Hespress News', 'Hespress Officiel']);
    assert.deepEqual(r.profile.manager_countries, ['MA', 'ES']);
    assert.equal(r.profile.category, 'News & media website');
  });

  test('the header\'s followers link is the count, not a post that boasts of another', () => {
    const d = page('Hespress', `<div role="article"><p>Nous venons de passer 9 M abonnés !</p></div>
      <div><a href="/Hespress/followers/">12 k abonnés</a></div>`);
    assert.equal(A.readProfile(d, 'https://www.facebook.com/Hespress/', null).profile.followers, 12000);
  });

  test('a post claiming "Page created - 2009" is not the page\'s creation date', () => {
    const d = page('Hespress', `<div role="feed"><div role="article"><span>Page created - January 1, 2009</span></div></div>
      <div><span>Page transparency</span><span>Page created - March 3, 2024</span></div>`);
    assert.equal(A.readProfile(d, 'https://www.facebook.com/Hespress/', null).profile.created, '2024-03-03');
  });

  test('the same in Arabic and French', () => {
    const ar = page('هسبريس', `<div><span>١٢ ألف متابع</span></div>
      <div><span>تم إنشاء الصفحة - ٣ مارس ٢٠١٤</span></div>
      <div><span>الدولة/المنطقة الرئيسية لموقع الأشخاص الذين يديرون هذه الصفحة</span><span>المغرب (5)</span><span>فرنسا (1)</span></div>`);
    const r1 = A.readProfile(ar, 'https://ar-ar.facebook.com/Hespress/', null);
    assert.equal(r1.profile.followers, 12000);
    assert.equal(r1.profile.created, '2014-03-03');
    assert.deepEqual(r1.profile.manager_countries, ['MA', 'FR']);
    const fr = page('Hespress FR', `<div><span>12 k abonnés</span></div><div><span>Page créée – 3 mars 2014</span></div>`);
    const r2 = A.readProfile(fr, 'https://fr-fr.facebook.com/Hespress/', null);
    assert.equal(r2.profile.followers, 12000);
    assert.equal(r2.profile.created, '2014-03-03');
  });
});
