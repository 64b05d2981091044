// Who wrote each post in a feed (issue 13, content/feed-adapter.js), over real
// saved markup (tests/fixtures/facebook-feed/ and facebook-real/, see their
// SOURCES.md) and the reconstructed desktop feed of the e2e tests.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { parseHTML } = require('linkedom');
const F = require('../content/feed-adapter.js');
const { issueFeed, feedPage } = require('../../tests/e2e/feed-page.js');

const FIX = path.join(__dirname, '../../tests/fixtures');
const load = (rel) => parseHTML(fs.readFileSync(path.join(FIX, rel), 'utf8')).document;
const authors = (doc, base) => F.authorsIn(doc, base);
const byName = (list) => Object.fromEntries(list.map((a) => [a.name, a]));

test('a real mobile group feed: every post author, with the picture of its own post', () => {
  const list = authors(load('facebook-feed/m-group-feed-shared-2020.html'), 'https://m.facebook.com/groups/241769123373305/');
  assert.equal(list.length, 43);
  const a = byName(list);
  assert.deepEqual(a['Lộc Cộc'].who, { id: '100023894678748' });
  assert.match(a['Lộc Cộc'].avatar_url, /^https:\/\/scontent\.[a-z0-9.-]+\.fbcdn\.net\//);
  assert.deepEqual(a['Tâm sự học đường'].who, { id: '101734098479939' }); // the group's own Page posting
  // never the group, the "post" link of "shared a post", a hashtag
  for (const x of list) assert.doesNotMatch(x.link.getAttribute('href'), /^\/(groups|story\.php|hashtag)\b|facebook\.com\/groups\//);
});

test('a shared post: the sharer and the original author inside the share are both authors', () => {
  const list = authors(load('facebook-feed/m-group-feed-shared-2020.html'), 'https://m.facebook.com/groups/241769123373305/');
  const sharer = list.find((x) => x.name === 'Lộc Cộc');
  const original = list.find((x) => x.name === 'Mai Thị Hiền');
  assert.ok(sharer && original);
  assert.equal(sharer.post.contains(original.link), true, 'the original sits inside the sharer\'s post');
  assert.deepEqual(original.who, { id: '100010245222414' });
  assert.equal(original.avatar_url, undefined, 'the share shows no picture of the original author: none is borrowed from the sharer');
  // the other share, from another group: its original author by handle
  assert.deepEqual(list.find((x) => x.name === 'Hà Vy').who, { handle: 'te.thanhchien.5' });
});

test('a group named with a check mark is never an author; its member is', () => {
  const list = authors(load('facebook-real/m-group-2022-logged-in.html'), 'https://m.facebook.com/groups/269067133142215/');
  assert.deepEqual([...new Set(list.map((x) => x.key))], ['h:quynh.kook.18']);
  assert.ok(list.every((x) => x.avatar_url));
});

test('the real desktop feed: a group member\'s post, by the id in /groups/<g>/user/<id>/, with the svg picture; comments are not authors', () => {
  const list = authors(load('facebook-real/www-feed-2021-logged-in-rendered.html'), 'https://www.facebook.com/');
  assert.deepEqual(list.map((x) => [x.key, x.name]), [['i:100001357895639', 'Shubhesh Tiwari']]);
  assert.match(list[0].avatar_url, /fbcdn\.net\/v\/t1\.0-1\//);
});

test('links to a page\'s tabs (Photos, Events, About) name no author', () => {
  for (const [file, base] of [['facebook-real/www-page-coptic-centre-2023.html', 'https://www.facebook.com/'],
    ['facebook-real/www-page-snerikes-events-2024-dom.html', 'https://www.facebook.com/'],
    ['facebook-real/www-profile-zuck-about-2016-fragment.html', 'https://www.facebook.com/']]) {
    const names = authors(load(file), base).map((x) => x.name);
    for (const tab of ['Photos', 'Events', 'About']) assert.ok(!names.includes(tab), `${file}: ${names}`);
  }
});

test('pages that are not lists of posts give no authors (login walls, settings, search for groups)', () => {
  for (const file of ['www-login-wall.html', 'm-settings-2021-logged-in.html', 'www-search-groups-2026-logged-in.html', 'www-group-members-2024-dom-logged-in.html']) {
    assert.deepEqual(authors(load(`facebook-real/${file}`), 'https://www.facebook.com/'), [], file);
  }
});

test('the reconstructed desktop feed: authors of posts and of the shared original; not the comments, not the top bar', () => {
  const doc = parseHTML(issueFeed()).document;
  const keys = [...new Set(authors(doc, 'https://www.facebook.com/').map((x) => x.key))];
  assert.deepEqual(keys, ['i:100090000000077', 'h:akhbar.sahra.officiel', 'h:akhbarsahra.test', 'h:recettes.de.maman', 'h:cafe.atlas.rabat', 'h:akhbar.sahra.24']);
  const logo = authors(doc, 'https://www.facebook.com/').find((x) => x.name === 'Recettes de Maman');
  assert.equal(logo.avatar_url, 'https://scontent.xx.fbcdn.net/v/t39.30808-1/copied-logo.jpg');
});

test('the mobile tracking id names only the story\'s actor, never the original inside a share', () => {
  const ft = '_ft_=top_level_post_id.1%3Acontent_owner_id_new.100000000000111%3Apage_id.100000000000111';
  const html = `<article data-ft="{}"><header><h3><strong><a href="/sharer.page?${ft}">Sharer Page</a></strong> shared a post.</h3></header>
    <div><header><h3><strong><a href="/original.page?${ft}">Original Page</a></strong></h3></header></div></article>`;
  const list = authors(parseHTML(`<html><body>${html}</body></html>`).document, 'https://m.facebook.com/');
  assert.deepEqual(list.map((x) => x.who), [{ handle: 'sharer.page', id: '100000000000111' }, { handle: 'original.page' }]);
});

test('a name is page text read through textContent, capped; markup in it stays text', () => {
  const doc = parseHTML(feedPage([{ author: { name: '<img src=x onerror=alert(1)> News', href: '/evil.news', avatar: 'x.jpg' }, text: 't' }])).document;
  const [a] = authors(doc, 'https://www.facebook.com/');
  assert.equal(a.name, '<img src=x onerror=alert(1)> News');
  assert.deepEqual(F.profileOf(a), { name: '<img src=x onerror=alert(1)> News', handle: 'evil.news', avatar_url: 'https://scontent.xx.fbcdn.net/v/t39.30808-1/x.jpg' });
});
