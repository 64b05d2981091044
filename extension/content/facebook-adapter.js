/*
 * Asli site adapter for Facebook (www., web., m., mbasic., touch.).
 *
 * Reads what the page in front of the reader says about itself — numeric id,
 * handle (vanity name), display name, avatar URL — through a chain of
 * fallbacks, and returns a profile for the engine (docs/spec.md §2), or null when the
 * page is not a Page or profile (news feed, groups, events, search...).
 *
 *   1. the URL (profile.php?id=N, /people/Name/N, /<handle>/...)
 *   2. meta tags: og:url, og:title, al:android:url (fb://page/?id=N, fb://profile/N)
 *   3. embedded JSON: script[type="application/json"] blobs (profile header, route props)
 *   4. the DOM: [role=main] h1, the mobile `entity_id` and `i.profpic`,
 *      the desktop avatar `svg image[xlink:href]`
 *
 * Never the reader's own id: USER_ID, ACCOUNT_ID, actorID, viewerID (and the
 * CurrentUserInitialData block around them) belong to the logged-in reader.
 * The mobile comment composer also shows the reader's own `profpic`, so an
 * avatar or name is only taken from a `profpic` tied to the page's id or handle.
 *
 * Facebook's desktop site is a single-page app that does not refresh <head> or
 * the initial JSON when it navigates: meta tags and embedded JSON are trusted
 * only while the address still points at the page they describe.
 *
 * Plain script (content scripts cannot be ES modules); also loadable from Node
 * for the unit tests (module.exports).
 */
(function (root) {
  'use strict';

  const FACEBOOK_HOST = /^(www|web|m|mbasic|touch)\.facebook\.com$/i;
  /** Display names longer than this are not real Facebook names; cap before the engine sees them. */
  const MAX_NAME = 1024;
  const MAX_JSON_BLOB = 2 * 1024 * 1024;
  const MAX_JSON_TOTAL = 8 * 1024 * 1024;

  /** First path segments that are Facebook features, never a Page's handle. */
  const RESERVED = new Set([
    '', 'home.php', 'groups', 'group.php', 'events', 'event.php', 'watch', 'marketplace', 'gaming',
    'stories', 'story.php', 'messages', 'notifications', 'notifications.php', 'friends', 'settings',
    'bookmarks', 'saved', 'search', 'hashtag', 'login', 'login.php', 'logout.php', 'checkpoint',
    'help', 'privacy', 'policies', 'policy.php', 'legal', 'reel', 'reels', 'photo.php', 'photo',
    'photos', 'video.php', 'videos', 'sharer.php', 'sharer', 'share', 'dialog', 'plugins', 'ads',
    'business', 'pages_reaction_units', 'composer', 'fundraisers', 'donate', 'jobs', 'live', 'me',
    'menu', 'buddylist.php', 'browse', 'directory', 'feeds', 'find-friends', 'l.php', 'ufi',
    'ajax', 'api', 'games', 'instantgames', 'media', 'memories', 'offers', 'onthisday', 'places',
    'campaign', 'recover', 'reg', 'r.php', 'security', 'terms', 'trust', 'updates', 'weather',
    'a', 'pages', 'people', 'profile.php', 'permalink.php', 'p', 'story', 'watchparty', 'news',
    'lite', 'mobile', 'home', 'profile', 'apps', 'developers', 'careers', 'climatescienceinfo',
  ]);

  /** JSON keys that name the logged-in reader, not the page: never read, never descended into. */
  const VIEWER_KEYS = new Set(['USER_ID', 'ACCOUNT_ID', 'actorID', 'actor_id', 'viewerID', 'viewer_id',
    'viewer', 'CurrentUserInitialData', 'NAME', 'SHORT_NAME']);

  const NUMERIC_ID = /^[0-9]{5,25}$/;
  const HANDLE = /^[A-Za-z0-9.\-_]{1,80}$/;

  function cleanText(s) {
    if (typeof s !== 'string') return '';
    s = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
    if (s.length > MAX_NAME) s = Array.from(s).slice(0, MAX_NAME).join('');
    return s;
  }

  function asId(v) {
    if (typeof v === 'number' && Number.isSafeInteger(v)) v = String(v);
    return typeof v === 'string' && NUMERIC_ID.test(v) ? v : null;
  }

  function asHandle(v) {
    if (typeof v !== 'string') return null;
    try { v = decodeURIComponent(v); } catch (_) { return null; }
    if (!HANDLE.test(v) || NUMERIC_ID.test(v) || RESERVED.has(v.toLowerCase())) return null;
    return v;
  }

  /**
   * What a facebook.com address says about the page it shows:
   * {kind: 'page', id?, handle?} | {kind: 'group'} | {kind: 'other'} | null (not Facebook).
   */
  function parseFacebookUrl(href, base) {
    let url;
    try { url = new URL(href, base); } catch (_) { return null; }
    if (!/^https?:$/.test(url.protocol) || !FACEBOOK_HOST.test(url.hostname)) return null;
    const parts = url.pathname.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch (_) { return p; } });
    const first = (parts[0] || '').toLowerCase();
    const q = url.searchParams;
    if (first === 'groups' || first === 'group.php') return { kind: 'group' };
    if (first === 'profile.php') {
      const id = asId(q.get('id'));
      return id ? { kind: 'page', id } : { kind: 'other' };
    }
    // /people/Some-Name/100064.../ and the legacy /pages/Some-Name/1234.../
    if ((first === 'people' || first === 'pages') && parts.length >= 3) {
      const id = asId(parts[2]);
      return id ? { kind: 'page', id } : { kind: 'other' };
    }
    // /p/Some-Name-100064.../ (newer profile addresses)
    if (first === 'p' && parts[1]) {
      const m = /-([0-9]{5,25})$/.exec(parts[1]);
      return m ? { kind: 'page', id: m[1] } : { kind: 'other' };
    }
    // A post or photo seen on its own: its author is the page being read.
    if (first === 'permalink.php' || first === 'story.php' || first === 'photo.php') {
      const id = asId(q.get('id'));
      return id ? { kind: 'page', id } : { kind: 'other' };
    }
    if (RESERVED.has(first)) return { kind: 'other' };
    const handle = asHandle(parts[0]);
    if (handle) return { kind: 'page', handle };
    const id = asId(parts[0]);
    return id ? { kind: 'page', id } : { kind: 'other' };
  }

  /** fb://page/?id=N, fb://page/N, fb://profile/N, fb://group/N → {kind, id}. */
  function parseAppLink(value) {
    if (typeof value !== 'string') return null;
    const m = /^fb:\/\/(page|profile|group)\/?(?:\?id=)?([0-9]{5,25})/i.exec(value.trim());
    if (!m) return null;
    return m[1].toLowerCase() === 'group' ? { kind: 'group' } : { kind: 'page', id: m[2] };
  }

  function meta(doc, key) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = el && el.getAttribute('content');
    return v ? v.trim() : null;
  }

  function samePage(a, b) {
    if (!a || !b || a.kind !== 'page' || b.kind !== 'page') return false;
    if (a.id && b.id) return a.id === b.id;
    if (a.handle && b.handle) return a.handle.toLowerCase() === b.handle.toLowerCase();
    return false;
  }

  /** Undo CSS escapes (`https\3a //…` in the mobile site's inline styles). */
  function cssUnescape(s) {
    return s.replace(/\\([0-9a-fA-F]{1,6})\s?/g, (_, hex) => {
      const cp = parseInt(hex, 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }).replace(/\\(.)/g, '$1');
  }

  function backgroundUrl(el) {
    const style = el.getAttribute('style') || '';
    const m = /url\(\s*(['"]?)(.*?)\1\s*\)/.exec(cssUnescape(style));
    return m ? httpsUrl(m[2]) : null;
  }

  function httpsUrl(s) {
    if (typeof s !== 'string' || !s) return null;
    try {
      const u = new URL(s);
      return u.protocol === 'https:' ? u.href : null;
    } catch (_) { return null; }
  }

  /** "Nintendo, profile picture" → "Nintendo" (the suffix is in the reader's language). */
  function nameFromPicLabel(label) {
    if (!label) return '';
    const i = label.lastIndexOf(',');
    return cleanText(i > 0 ? label.slice(0, i) : label);
  }

  /** "(3) Hespress | Facebook", "Nintendo - Posts" → the page's name, as a last resort. */
  function nameFromTitle(title) {
    let t = cleanText(title).replace(/^\(\d+\+?\)\s*/, '');
    t = t.replace(/\s*[|\u2022]\s*Facebook\s*$/i, '');
    const dash = t.indexOf(' - ');
    if (dash > 0) t = t.slice(0, dash);
    return /^facebook$/i.test(t) ? '' : t;
  }

  // ---------------------------------------------------------------- embedded JSON

  /**
   * Walks the page's JSON blobs for the page's own identity:
   * - `profile_header_renderer.user` / `.page` {id, name, profilePicLarge.uri}
   * - route props `{userID, userVanity}`
   * - `pageID`
   * The reader's keys (VIEWER_KEYS) are skipped with everything under them.
   */
  const jsonCache = new WeakMap();

  /** The JSON blobs only grow (the app appends, never edits): reparse only when there are new ones. */
  function readEmbeddedJson(doc) {
    const scripts = doc.querySelectorAll('script[type="application/json"]');
    const cached = jsonCache.get(doc);
    if (cached && cached.count === scripts.length) return cached.result;
    const result = parseEmbeddedJson(scripts);
    jsonCache.set(doc, { count: scripts.length, result });
    return result;
  }

  function parseEmbeddedJson(scripts) {
    const found = { header: [], route: [], pageIds: new Set() };
    let total = 0;
    for (const script of scripts) {
      const text = script.textContent || '';
      if (text.length > MAX_JSON_BLOB || total + text.length > MAX_JSON_TOTAL) continue;
      if (!/profile_header_renderer|userVanity|"pageID"/.test(text)) continue;
      total += text.length;
      let data;
      try { data = JSON.parse(text); } catch (_) { continue; }
      walk(data, 0, found);
    }
    const out = {};
    const header = found.header[0];
    if (header) {
      out.id = header.id || undefined;
      out.name = header.name || undefined;
      out.avatar_url = header.avatar_url || undefined;
    }
    const routes = found.route.filter((r) => !out.id || !r.id || r.id === out.id);
    if (routes[0]) {
      out.id = out.id || routes[0].id || undefined;
      out.handle = routes[0].handle || undefined;
    }
    if (!out.id && found.pageIds.size === 1) out.id = [...found.pageIds][0];
    return out;
  }

  function walk(node, depth, found) {
    if (depth > 60 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      // ["CurrentUserInitialData", [], {USER_ID, ACCOUNT_ID, NAME...}, 270]
      if (typeof node[0] === 'string' && VIEWER_KEYS.has(node[0])) return;
      for (const v of node) walk(v, depth + 1, found);
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (VIEWER_KEYS.has(k)) continue;
      if (k === 'profile_header_renderer' && v && typeof v === 'object') {
        const who = v.user || v.page || v.profile;
        if (who && typeof who === 'object') {
          const id = asId(who.id);
          const name = cleanText(who.name);
          const pic = who.profilePicLarge || who.profilePicture || who.profile_picture || who.profilePic;
          if (id || name) found.header.push({ id, name, avatar_url: pic && httpsUrl(pic.uri) });
        }
      } else if (k === 'userVanity') {
        const handle = asHandle(v);
        const id = asId(node.userID);
        if (handle || id) found.route.push({ handle, id });
      } else if (k === 'pageID') {
        const id = asId(v);
        if (id) found.pageIds.add(id);
      }
      walk(v, depth + 1, found);
    }
  }

  // ---------------------------------------------------------------- mobile markup

  /** The mobile site's `ScriptPath` call carries the page's `entity_id` (the last one is the newest). */
  function mobileEntityId(doc) {
    let id = null;
    for (const s of doc.querySelectorAll('script:not([src])')) {
      const text = s.textContent || '';
      if (text.indexOf('entity_id') < 0) continue;
      const re = /"ScriptPath","set",\[\],\["[^"]*","[^"]*",\{[^{}]*?\bentity_id:"?([0-9]{5,25})/g;
      let m;
      while ((m = re.exec(text))) id = m[1];
    }
    return id;
  }

  function anchorHandle(a, base) {
    const href = a && a.getAttribute('href');
    if (!href) return null;
    const p = parseFacebookUrl(href, base);
    return p && p.kind === 'page' ? p.handle || null : null;
  }

  /** The `profpic` that belongs to the page: inside its story ring, or linked to its handle. */
  function mobilePagePic(doc, id, handle, base) {
    if (id) {
      const ring = doc.querySelector(`[data-sigil="feed_story_ring${id}"] .profpic`);
      if (ring) return ring;
    }
    if (handle) {
      const want = handle.toLowerCase();
      for (const pic of doc.querySelectorAll('.profpic')) {
        const h = anchorHandle(pic.closest('a[href]'), base);
        if (h && h.toLowerCase() === want) return pic;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- desktop DOM

  function desktopHeaderName(doc) {
    const main = doc.querySelector('[role="main"]');
    if (!main) return '';
    for (const h1 of main.querySelectorAll('h1')) {
      const t = cleanText(h1.textContent);
      if (t && !/^facebook$/i.test(t)) return t;
    }
    return '';
  }

  function desktopAvatar(doc) {
    const main = doc.querySelector('[role="main"]');
    if (!main) return null;
    for (const img of main.querySelectorAll('svg image')) {
      const href = img.getAttribute('xlink:href') || img.getAttribute('href') ||
        (img.getAttributeNS && img.getAttributeNS('http://www.w3.org/1999/xlink', 'href'));
      const url = httpsUrl(href);
      if (url) return url;
    }
    return null;
  }

  // ---------------------------------------------------------------- the chain

  /**
   * Reads the page's profile. `loadedHref` is the address the document was
   * loaded at: when the reader has navigated inside the app since, meta tags
   * and embedded JSON describe the old page and are used only if they agree
   * with the current address.
   * Returns {profile, key, sources} or null.
   */
  function readProfile(doc, href, loadedHref) {
    const here = parseFacebookUrl(href);
    if (!here || here.kind !== 'page') return null;
    const navigated = loadedHref != null && stripHash(loadedHref) !== stripHash(href);

    const got = { id: here.id || null, handle: here.handle || null, name: '', avatar_url: null };
    const sources = {};
    if (got.id) sources.id = 'url';
    if (got.handle) sources.handle = 'url';

    // 2. meta tags
    const ogUrlText = meta(doc, 'og:url');
    const ogUrl = ogUrlText ? parseFacebookUrl(ogUrlText, href) : null;
    const appLink = parseAppLink(meta(doc, 'al:android:url')) || parseAppLink(meta(doc, 'al:ios:url'));
    if (!navigated && (ogUrl && ogUrl.kind === 'group' || appLink && appLink.kind === 'group')) return null;
    const metaFresh = !navigated || samePage(ogUrl, here) || (appLink && here.id && appLink.id === here.id);
    if (metaFresh) {
      if (ogUrl && ogUrl.kind === 'page') {
        if (!got.id && ogUrl.id) { got.id = ogUrl.id; sources.id = 'og:url'; }
        if (!got.handle && ogUrl.handle) { got.handle = ogUrl.handle; sources.handle = 'og:url'; }
      }
      if (appLink && appLink.kind === 'page' && appLink.id) {
        if (!got.id) { got.id = appLink.id; sources.id = 'al:android:url'; }
      }
      const og = cleanText(meta(doc, 'og:title') || '');
      if (og) { got.name = og; sources.name = 'og:title'; }
      const ogImage = httpsUrl(meta(doc, 'og:image'));
      if (ogImage && /fbcdn\.net$/i.test(new URL(ogImage).hostname)) { got.avatar_url = ogImage; sources.avatar = 'og:image'; }
    }

    // 3. embedded JSON (the initial load's; stale after an in-app navigation)
    if (!navigated) {
      const j = readEmbeddedJson(doc);
      const agrees = (!got.id || !j.id || j.id === got.id) &&
        (!got.handle || !j.handle || j.handle.toLowerCase() === got.handle.toLowerCase());
      if (agrees) {
        if (!got.id && j.id) { got.id = j.id; sources.id = 'json'; }
        if (!got.handle && j.handle) { got.handle = j.handle; sources.handle = 'json'; }
        if (!got.name && j.name) { got.name = j.name; sources.name = 'json'; }
        if (!got.avatar_url && j.avatar_url) { got.avatar_url = j.avatar_url; sources.avatar = 'json'; }
      }
    }

    // 4. the DOM: desktop header
    if (!got.name) {
      const h1 = desktopHeaderName(doc);
      if (h1) { got.name = h1; sources.name = '[role=main] h1'; }
    }
    if (!got.avatar_url) {
      const av = desktopAvatar(doc);
      if (av) { got.avatar_url = av; sources.avatar = 'svg image'; }
    }

    // 4. the DOM: mobile markup (entity_id, profpic tied to the page)
    const entity = mobileEntityId(doc);
    if (entity && (!navigated || entity === got.id)) {
      if (!got.id) { got.id = entity; sources.id = 'entity_id'; }
    }
    if (!got.name || !got.avatar_url || !got.handle) {
      const pic = mobilePagePic(doc, got.id, got.handle, href);
      if (pic) {
        if (!got.handle) {
          const h = anchorHandle(pic.closest('a[href]'), href);
          if (h) { got.handle = h; sources.handle = 'profpic link'; }
        }
        if (!got.name) {
          const n = nameFromPicLabel(pic.getAttribute('aria-label') || pic.getAttribute('alt'));
          if (n) { got.name = n; sources.name = 'profpic label'; }
        }
        if (!got.avatar_url) {
          const av = pic.tagName === 'IMG' ? httpsUrl(pic.getAttribute('src')) : backgroundUrl(pic);
          if (av) { got.avatar_url = av; sources.avatar = 'profpic'; }
        }
      }
    }
    if (!got.name) {
      const t = nameFromTitle(doc.title || '');
      if (t) { got.name = t; sources.name = 'title'; }
    }
    if (!got.name && !got.id && !got.handle) return null;

    const profile = { platform: 'facebook', name: got.name };
    if (got.id) profile.id = got.id;
    if (got.handle) profile.handle = got.handle;
    if (got.avatar_url) profile.avatar_url = got.avatar_url;
    return { profile, key: pageKey(profile), sources };
  }

  /** A stable key for "hide for this page": the id when known, else the handle, else the name. */
  function pageKey(profile) {
    if (profile.id) return `facebook:id:${profile.id}`;
    if (profile.handle) return `facebook:handle:${profile.handle.toLowerCase()}`;
    return `facebook:name:${profile.name}`;
  }

  function stripHash(h) {
    const i = String(h).indexOf('#');
    return i < 0 ? String(h) : String(h).slice(0, i);
  }

  const api = { readProfile, parseFacebookUrl, parseAppLink, pageKey, nameFromTitle, cssUnescape, MAX_NAME };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliFacebookAdapter = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
