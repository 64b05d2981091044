// A www.facebook.com news feed for the feed-mark tests and the feed benchmark
// (issue 13): a RECONSTRUCTION with the real structure of Facebook's desktop
// feed (tests/fixtures/facebook-real/www-feed-2021-logged-in-rendered.html:
// role=feed, FeedUnit pagelets, role=article with aria-posinset, the author's
// picture as an svg image inside a link, the author's name link in an h4,
// comments as role=article labelled "Comment by …"), the newer
// data-ad-rendering-role=profile_name wrapper, and a shared post whose
// original keeps its own header inside the sharer's post (as the mobile
// group feed in tests/fixtures/facebook-feed/m-group-feed-shared-2020.html
// does). See tests/fixtures/facebook-feed/SOURCES.md.
'use strict';

const CDN = 'https://scontent.xx.fbcdn.net/v/t39.30808-1/';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let uid = 0;
function avatarLink(a, hidden) {
  const id = `jsc_m_${++uid}`;
  const pic = `<svg role="none" height="40" width="40"><mask id="${id}"><circle cx="20" cy="20" fill="white" r="20"></circle></mask>` +
    `<g mask="url(#${id})"><image x="0" y="0" height="100%" preserveAspectRatio="xMidYMid slice" width="100%" xlink:href="${esc(CDN + a.avatar)}"></image></g></svg>`;
  return hidden
    ? `<a aria-hidden="true" href="${esc(a.href)}" role="link" tabindex="-1"><div>${pic}</div></a>`
    : `<a aria-label="${esc(a.name)}" href="${esc(a.href)}" role="link" tabindex="0"><div>${pic}</div></a>`;
}

function header(a, hid, { profileName = false, shared = null } = {}) {
  const track = `${a.href.includes('?') ? '&' : '?'}__cft__[0]=AZ${uid}&__tn__=-UC%2CP-R`;
  const name = `<span><a href="${esc(a.href + track)}" role="link" tabindex="0"><strong><span>${esc(a.name)}</span></strong></a></span>`;
  const h4 = `<h4 id="${hid}" dir="auto">${name}${shared ? ` <span>shared a post.</span>` : ''}</h4>`;
  return `<div class="hdr"><div class="pic"><span>${avatarLink(a, true)}</span></div>` +
    `<div class="who">${profileName ? `<div data-ad-rendering-role="profile_name">${h4}</div>` : `<span dir="auto">${h4}</span>`}` +
    `<div><span><a aria-label="2 h" href="#" role="link">2 h</a> · <i aria-label="Shared with Public" role="img"></i></span></div></div>` +
    `<div aria-haspopup="menu" aria-label="Actions for this post" role="button" tabindex="0">…</div></div>`;
}

function comment(c) {
  return `<div aria-label="Comment by ${esc(c.name)}" role="article" tabindex="-1"><div>${avatarLink(c, false)}</div>` +
    `<div><span dir="auto"><a href="${esc(c.href)}" role="link"><span>${esc(c.name)}</span></a></span><div dir="auto">${esc(c.text)}</div></div></div>`;
}

/**
 * One post: {author: {name, href, avatar}, text, shared?: {author, text}, comments?: [{name, href, avatar, text}]}
 * at feed position `n`.
 */
function post(p, n) {
  const hid = `jsc_h_${n}`;
  const sharedBlock = p.shared
    ? `<div class="attachment"><div class="shared-original">${header(p.shared.author, `${hid}_o`, { profileName: true })}` +
      `<div data-ad-preview="message" dir="auto">${esc(p.shared.text)}</div></div></div>`
    : '';
  const comments = (p.comments || []).map(comment).join('');
  return `<div data-pagelet="FeedUnit_${n}"><div><div aria-posinset="${n + 1}" aria-labelledby="${hid}" role="article">` +
    header(p.author, hid, { profileName: n % 2 === 1, shared: p.shared }) +
    `<div data-ad-preview="message" dir="auto">${esc(p.text)}</div>${sharedBlock}` +
    `<div class="ufi"><div aria-label="Like" role="button">Like</div><div aria-label="Comment" role="button">Comment</div></div>` +
    (comments ? `<ul class="comments"><li>${comments}</li></ul>` : '') +
    `</div></div></div>`;
}

const STYLE = `body{font:15px system-ui,sans-serif;margin:0;background:#f0f2f5}[role=banner]{height:56px;background:#fff}` +
  `[role=main]{max-width:680px;margin:16px auto}[role=article]{background:#fff;border-radius:8px;padding:12px 16px;margin:0 0 16px}` +
  `.hdr{display:flex;gap:8px;align-items:center}.who{flex:1}h4{margin:0;font-size:15px}a{color:#050505;text-decoration:none}` +
  `.attachment{border:1px solid #ddd;border-radius:8px;padding:8px;margin-top:8px}[data-ad-preview]{margin:8px 0;min-height:60px}` +
  `.comments{list-style:none;padding:0}.comments [role=article]{padding:4px 0;margin:4px 0;display:flex;gap:6px}.comments svg{width:32px;height:32px}`;

/** The whole page: the site's top bar (with the logged-in reader's own link), then the feed. */
function feedPage(posts, { title = 'Facebook' } = {}) {
  uid = 0;
  return `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>` +
    `<div role="banner"><a href="/reader.profile.42" aria-label="Your profile"><span>Reader</span></a><h2><a href="/me/">Reader</a></h2></div>` +
    `<div role="main"><div role="feed"><h3 dir="auto">News Feed posts</h3>${posts.map(post).join('')}</div></div></body></html>`;
}

/** The issue's feed: two impersonators, an innocent page sharing an impersonator's post, a real outlet, others. */
const AUTHORS = {
  byName: { name: 'Akhbar Sahra Officiel', href: '/akhbar.sahra.officiel', avatar: 'unrelated-logo.jpg' },
  byLogo: { name: 'Recettes de Maman', href: '/recettes.de.maman', avatar: 'copied-logo.jpg' },
  sharer: { name: 'Café Atlas Rabat', href: '/cafe.atlas.rabat', avatar: 'unrelated-logo.jpg' },
  sharedOriginal: { name: 'أخبار الصحراء', href: '/akhbar.sahra.24', avatar: 'unrelated-logo.jpg' },
  realOutlet: { name: 'Akhbar Sahra', href: '/AkhbarSahra.Test', avatar: 'real-logo.jpg' },
  person: { name: 'Salma Benali', href: '/profile.php?id=100090000000077', avatar: 'unrelated-logo.jpg' },
};

function issueFeed() {
  const A = AUTHORS;
  return feedPage([
    { author: A.person, text: 'Good morning from Rabat.' },
    { author: A.byName, text: 'Breaking: made-up news for the test.',
      comments: [{ ...A.person, text: 'Is this real?' }] },
    { author: A.realOutlet, text: 'Our real report, with a comment from an impersonator.',
      comments: [{ ...A.byName, text: 'Read it on our page!' }] },
    { author: A.byLogo, text: 'A post under a copied logo.' },
    { author: A.sharer, text: 'Look at this.', shared: { author: A.sharedOriginal, text: 'Made-up news shared by an innocent page.' } },
  ]);
}

module.exports = { feedPage, issueFeed, AUTHORS, CDN };
