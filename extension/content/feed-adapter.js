/*
 * Asli feed adapter (issue 13): who wrote each post in a list of posts (the
 * news feed, a group's feed, search results, a Page's or profile's posts), on
 * www., web. and m.facebook.com. Reads only; marks are feed-marks.js's.
 *
 * A post author is the link in a post's header that names a Page or a profile
 * (the header's heading `h2`–`h5`, `[data-ad-rendering-role=profile_name]`,
 * the mobile site's `header strong a` / `a.actor-link`), with:
 *   - who: the link's id or handle (site-adapter rules: facebook-adapter.js's
 *     parseFacebookUrl), or the member's id in a group's `/groups/G/user/N/`;
 *     the `_ft_`/`pageid` id in the link itself must agree;
 *   - name: the link's text (textContent, never markup);
 *   - avatar: the picture inside another link to the same account in the same
 *     post (desktop `svg image`/`img`, mobile `i.profpic` background or
 *     `aria-label="<Name>, profile picture"`), never a post's photo.
 * A shared post holds two authors: the sharer in the outer header and the
 * original author in the attachment's own header; both are read. Links in
 * comments, in the site's navigation, to groups, hashtags, posts or anything
 * else are not authors.
 *
 * Plain script: globalThis.AsliFeedAdapter, also require()-able.
 */
(function (root) {
  'use strict';

  const Site = root.AsliFacebookAdapter || (typeof require === 'function' ? require('./facebook-adapter.js') : null);

  /** The hosts where the feed is marked. */
  const FEED_HOST = /^(?:www|web|m)\.facebook\.com$/i;

  /** Author links, most specific first (one selector: one pass over the DOM). */
  const AUTHOR_LINK = [
    '[data-ad-rendering-role="profile_name"] a[href]',
    'h2 a[href]', 'h3 a[href]', 'h4 a[href]', 'h5 a[href]',
    'header strong a[href]', 'a.actor-link[href]', 'a[data-sigil="actor-link"][href]', 'strong.actor a[href]',
  ].join(', ');

  /** A post, or a shared post's attachment: where an author's picture is looked for. */
  const POST = '[aria-posinset], [role="article"], article, [data-pagelet^="FeedUnit"], [data-ft], [data-sigil~="story-div"]';

  const OUTER_POST = '[aria-posinset], [role="article"], article';

  /** Comments, replies, the site's own chrome: never authors of posts. */
  const NOT_POSTS = '[role="banner"], [role="navigation"], #MChromeHeader, #header, form, [role="complementary"], ' +
    '[data-sigil*="comment"], .comment, ul[data-sigil], [role="article"][aria-label]';
  const COMMENT_LABEL = /comment|réponse|reply|تعليق|رد/i;

  const MAX_NAME = 200;
  const NUMERIC_ID = /^[0-9]{5,25}$/;

  function cleanText(s) {
    const t = String(s == null ? '' : s).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
    return t.length > MAX_NAME ? Array.from(t).slice(0, MAX_NAME).join('') : t;
  }

  /** {id?, handle?} of a link to a Page or a profile (a group member's link included), or null; memoised per address. */
  const whoMemo = new Map();
  function whoOfHref(href, base) {
    if (!href || !Site) return null;
    const memoKey = `${base}\n${href}`;
    if (whoMemo.has(memoKey)) {
      const w = whoMemo.get(memoKey);
      return w && { ...w };
    }
    const w = parseWho(href, base);
    if (whoMemo.size > 5000) whoMemo.clear();
    whoMemo.set(memoKey, w);
    return w && { ...w };
  }

  function parseWho(href, base) {
    let url;
    try { url = new URL(href, base); } catch (_) { return null; }
    if (!FEED_HOST.test(url.hostname) && !Site.FACEBOOK_HOST.test(url.hostname)) return null;
    // a member's posts in a group: /groups/<group>/user/<id>/
    const member = /^\/groups\/[^/]+\/user\/([0-9]{5,25})\/?$/.exec(url.pathname);
    if (member) return { id: member[1] };
    const p = Site.parseFacebookUrl(url.href);
    // the account's own address only: a tab's link ("Photos", "Events" → /<page>/photos) names no author
    if (!p || p.kind !== 'page' || !p.root) return null;
    const who = {};
    if (p.id) who.id = p.id;
    if (p.handle) who.handle = p.handle;
    return who.id || who.handle ? who : null;
  }

  /** The cache key of an account: `i:<id>` or `h:<handle, lower case>`. */
  function keyOf(who) {
    if (who.id) return `i:${who.id}`;
    return `h:${who.handle.toLowerCase()}`;
  }

  function sameWho(a, b) {
    if (a.id && b.id) return a.id === b.id;
    if (a.handle && b.handle) return a.handle.toLowerCase() === b.handle.toLowerCase();
    return false;
  }

  function notAPost(el) {
    const off = el.closest(NOT_POSTS);
    if (!off) return false;
    if (off.matches('[role="article"][aria-label]')) return COMMENT_LABEL.test(off.getAttribute('aria-label') || '');
    return true;
  }

  const httpsUrl = Site.httpsUrl; // https addresses only: the site adapter's rule

  function imageUrl(img) {
    const tag = img.tagName.toLowerCase();
    if (tag === 'img') return httpsUrl(img.getAttribute('src'));
    if (tag === 'image') {
      return httpsUrl(img.getAttribute('xlink:href') || img.getAttribute('href') ||
        (img.getAttributeNS && img.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));
    }
    const style = img.getAttribute('style') || '';
    const m = /url\(\s*(['"]?)(.*?)\1\s*\)/.exec(Site && Site.cssUnescape ? Site.cssUnescape(style) : style);
    return m ? httpsUrl(m[2]) : null;
  }

  /** "Nintendo, profile picture" → "Nintendo". */
  function nameFromPicLabel(label) {
    const k = Math.max(label.lastIndexOf(','), label.lastIndexOf('،'));
    return cleanText(k > 0 ? label.slice(0, k) : label);
  }

  const PICTURE = 'a[href] svg image, a[href] img, a[href] .profpic, a[href] i[role="img"][style]';

  /**
   * The author's own picture near its name: inside another link to the same account, in the smallest
   * block around the name that holds a picture (the header), then in larger ones up to the whole post.
   */
  function avatarNear(nameLink, who, name, base) {
    const outer = nameLink.closest(OUTER_POST);
    const seen = new Set();
    let el = nameLink.parentElement;
    for (let level = 0; el && level < 16; level++, el = el.parentElement) {
      for (const pic of el.querySelectorAll(PICTURE)) {
        if (seen.has(pic)) continue;
        seen.add(pic);
        const url = pictureOf(pic, who, name, base);
        if (url) return url;
      }
      if (el === outer || !outer) break;
    }
    return null;
  }

  function pictureOf(pic, who, name, base) {
    const a = pic.closest('a[href]');
    if (!a) return null;
    const w = whoOfHref(a.getAttribute('href'), base);
    if (!w || !sameWho(w, who)) return null;
    const label = pic.getAttribute('aria-label') || pic.getAttribute('alt') || a.getAttribute('aria-label') || '';
    // a picture labelled with another name is not this author's (a tagged friend's, a page's photo)
    if (label && nameFromPicLabel(label) !== name && cleanText(label) !== name) return null;
    return imageUrl(pic);
  }

  /** Whether `a` is the first author link of its outermost post (the story's actor). */
  function isActor(a) {
    let outer = null;
    for (let el = a.closest(OUTER_POST); el; el = el.parentElement && el.parentElement.closest(OUTER_POST)) outer = el;
    return !!outer && outer.querySelector(AUTHOR_LINK) === a;
  }

  /**
   * The post author behind one author link: {key, who, name, avatar_url?, post}
   * or null when the link is not a post's author.
   */
  function authorOfLink(a, base) {
    if (notAPost(a)) return null;
    const href = a.getAttribute('href');
    const who = whoOfHref(href, base);
    if (!who) return null;
    const name = cleanText(a.textContent);
    if (!name) return null;
    const post = a.closest(POST);
    // The mobile site's tracking in the link (`_ft_ … content_owner_id_new.N`) names the STORY's owner: it
    // gives a handle its id only for the story's actor (the first author link of the outermost post), never
    // for a shared original or a tagged friend, whose links carry the sharer's tracking.
    if (!who.id) {
      const owner = Site.linkOwnerId(href);
      if (owner && isActor(a)) who.id = owner;
    }
    const out = { key: keyOf(who), who, name, post };
    const url = avatarNear(a, who, name, base);
    if (url) out.avatar_url = url;
    return out;
  }

  /**
   * The cache key an author link would have, cheaply (no name, no picture): for a link whose account was
   * already judged on this page. null when the link is no post author's.
   */
  function quickKey(a, base) {
    if (notAPost(a)) return null;
    const who = whoOfHref(a.getAttribute('href'), base);
    return who ? keyOf(who) : null;
  }

  /** Every author link under `scope` (an element or a document), in document order. */
  function authorLinks(scope) {
    return Array.from(scope.querySelectorAll(AUTHOR_LINK));
  }

  /** Every post author under `scope`: [{key, who, name, avatar_url?, link, post}]. */
  function authorsIn(scope, base) {
    const out = [];
    for (const a of authorLinks(scope)) {
      const author = authorOfLink(a, base);
      if (author) out.push({ ...author, link: a });
    }
    return out;
  }

  /** The profile the engine judges for an author (the spec's fields; the picture's address for hashing). */
  function profileOf(author) {
    const p = { name: author.name };
    if (author.who.id && NUMERIC_ID.test(author.who.id)) p.id = author.who.id;
    if (author.who.handle) p.handle = author.who.handle;
    if (author.avatar_url) p.avatar_url = author.avatar_url;
    return p;
  }

  const api = { FEED_HOST, AUTHOR_LINK, POST, authorOfLink, quickKey, authorsIn, authorLinks, profileOf, whoOfHref, keyOf };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliFeedAdapter = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
