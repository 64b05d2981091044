/*
 * Asli site adapter for Facebook (www., web., m., mobile., mbasic., touch.,
 * free., d., business. and the language hosts such as ar-ar.).
 *
 * Identity before judgement (docs/design.md): the adapter names the account
 * only when every source on the page that names one agrees, and otherwise
 * says nothing (null). The sources:
 *
 *   - the address (profile.php?id=N, /people/Name/N, /pages/Name/N,
 *     /pages/category/<Category>/<handle>/, /pg/<handle>/, /p/Name-N,
 *     /<Name>-<N>/, /<handle>/…, /<N>/…);
 *   - meta tags: og:url, al:android:url / al:ios:url (fb://page/?id=N, fb://profile/N);
 *   - the page's own embedded data, in `script[type="application/json"]` blobs
 *     and in plain inline scripts (requireLazy(…) and server payloads): the
 *     profile header {id, name, profile picture}, route props {userID, userVanity}
 *     bound to the address, the mobile `ScriptPath` `entity_id` (quoted or not);
 *   - the header's own DOM: [role=main] h1 and its svg image (desktop), the
 *     `profpic` tied to the page (mobile), `img[alt="<Name>, profile picture"]`
 *     inside the page's `photo.php?…&id=N` link (mbasic).
 *
 * A lone `pageID` somewhere in the page (a shared post, a mention) never
 * becomes the page's id. An id in a post's or photo's query string
 * (photo.php?fbid=…&id=N, permalink.php, story.php) is only a hint: it can make
 * the sources disagree, never name the account.
 *
 * On a post, photo or video page the account judged is the post's AUTHOR, from
 * the post header's author link; never the post's picture (og:image) or title
 * (og:title, <title>). No author link: nothing.
 *
 * The avatar is the page's own profile picture (header, profpic, alt="…,
 * profile picture", the header's svg image, the classic site's profile
 * picture); og:image only on the page's own address and only when it is a
 * profile picture (fbcdn's "-1" class), never a cover or a post's picture.
 * Only the header's own picture, on the page's root, where a second source
 * names the same page as the address, is `learnable` (see readPage).
 *
 * Never the reader's own id: USER_ID, ACCOUNT_ID, actorID, viewerID (and the
 * CurrentUserInitialData block around them) belong to the logged-in reader.
 *
 * Facebook's desktop site is a single-page app that does not refresh <head> or
 * the initial JSON when it navigates: meta tags and embedded data are trusted
 * only while the address still points at the page they describe. The header is
 * redrawn late: the content script passes the previous address's header
 * (`opts.stale`, from readHeader), and a name or picture still equal to it is
 * not read (a new picture shows the name was redrawn too), nor a post header
 * still showing the previous post's author link.
 *
 * Facebook's own signals are passed on where the page shows them:
 * `facebook_verified` (the header's badge element, never an emoji in the name),
 * `followers`, `created`, `previous_names`, `manager_countries`, `category`.
 *
 * Plain script (content scripts cannot be ES modules); also loadable from Node
 * for the unit tests (module.exports).
 */
(function (root) {
  'use strict';

  /** Facebook's hosts (the bare domain too: links on the page use it, though the content script never runs there). */
  const FACEBOOK_HOST = /^(?:(?:www|web|m|mobile|mbasic|touch|free|d|business|[a-z]{2}-[a-z]{2})\.)?facebook\.com$/i;
  /** Display names longer than this are not real Facebook names; cap before the engine sees them. */
  const MAX_NAME = 1024;
  const MAX_JSON_BLOB = 2 * 1024 * 1024;
  const MAX_SCRIPT_TOTAL = 12 * 1024 * 1024;
  const MAX_TEXT_NODES = 6000;

  /**
   * First path segments that are Facebook features, never a Page's handle.
   * THE SAME TABLE as RESERVED_PATHS in src/list/validate.rs (`asli list
   * validate`): extension/tests/reserved-paths.test.js fails when they differ.
   */
  const RESERVED_PATHS = [
    'a', 'about', 'ad_center', 'ads', 'adsmanager', 'ajax', 'api', 'apps', 'asset_library', 'billing',
    'bizapps', 'bookmarks', 'brand_safety', 'browse', 'buddylist.php', 'business', 'campaign',
    'careers', 'checkpoint', 'climatescienceinfo', 'commerce', 'composer', 'content_management',
    'creatorstudio', 'dating', 'developers', 'dialog', 'directory', 'donate', 'event.php', 'events',
    'events_manager', 'events_manager2', 'feeds', 'find-friends', 'friends', 'fundraisers', 'games',
    'gaming', 'group.php', 'groups', 'hashtag', 'help', 'home', 'home.php', 'inbox', 'insights',
    'instantgames', 'jobs', 'l.php', 'latest', 'legal', 'lite', 'live', 'login', 'login.php',
    'logout.php', 'marketplace', 'me', 'media', 'memories', 'menu', 'messages', 'messenger_media',
    'mobile', 'news', 'notes', 'notifications', 'notifications.php', 'offers', 'onthisday', 'overview',
    'p', 'pages', 'pages_manager', 'pages_reaction_units', 'people', 'permalink.php', 'pg', 'photo',
    'photo.php', 'photos', 'places', 'plugins', 'policies', 'policy.php', 'privacy', 'profile',
    'profile.php', 'r.php', 'recover', 'reel', 'reels', 'reg', 'saved', 'search', 'security', 'select',
    'settings', 'share', 'sharer', 'sharer.php', 'stories', 'story', 'story.php', 'support', 'terms',
    'tr', 'trust', 'ufi', 'updates', 'video', 'video.php', 'videos', 'watch', 'watchparty', 'weather',
  ];
  const RESERVED = new Set(RESERVED_PATHS);

  /** Second path segments under a page that lead to one piece of content (with an id after them). */
  const CONTENT_TABS = new Set(['posts', 'photos', 'videos', 'permalink', 'reels', 'reel', 'story', 'photo', 'activity', 'notes']);

  /** JSON keys that name the logged-in reader, not the page: never read, never descended into. */
  const VIEWER_KEYS = new Set(['USER_ID', 'ACCOUNT_ID', 'actorID', 'actor_id', 'viewerID', 'viewer_id',
    'viewer', 'CurrentUserInitialData', 'NAME', 'SHORT_NAME']);

  const NUMERIC_ID = /^[0-9]{5,25}$/;
  const HANDLE = /^[A-Za-z0-9.\-_]{1,80}$/;
  const NAME_ID = /^(.+)-([0-9]{5,25})$/;

  /** Titles of Facebook's own screens, never a page's name. */
  const SCREEN_TITLE = /^(facebook|log in(to| to)? facebook|log in or sign up( to view)?|se connecter à facebook|connexion|connectez-vous à facebook|تسجيل الدخول إلى فيسبوك|تسجيل الدخول إلى facebook|فيسبوك|content not found|contenu introuvable|page not found|this content isn'?t available( right now)?|ce contenu n[’']est pas disponible pour le moment|هذا المحتوى غير متاح الآن)$/i;

  /** The header's verified badge, as Facebook labels it (aria-label, title, alt) in en/fr/ar. */
  const VERIFIED_LABEL = /^(verified( account| page| profile)?|compte v[ée]rifi[ée]|page v[ée]rifi[ée]e|profil v[ée]rifi[ée]|v[ée]rifi[ée]e?|حساب (موثّق|موثق|تم التحقق منه)|صفحة (موثّقة|موثقة|تم التحقق منها)|تم التحقق( منه| منها)?|موثّق|موثق)$/i;

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

  /** A path segment naming a page: `Name-<id>` (any script) → {id}; a handle → {handle}; digits → {id}. */
  function pageSegment(seg) {
    if (!seg) return null;
    const m = NAME_ID.exec(seg);
    if (m) return { id: m[2] };
    const id = asId(seg);
    if (id) return { id };
    const handle = asHandle(seg);
    return handle ? { handle } : null;
  }

  /**
   * What a facebook.com address says about the page it shows:
   *   {kind: 'page', id?, handle?, root}   a Page or profile (root: its main tab)
   *   {kind: 'content', owner?, hint?}     a post, photo, video or reel; `owner` {id?, handle?} from the
   *                                        path (must agree with the author), `hint` an id from the query
   *                                        string (never an identity, only a possible disagreement)
   *   {kind: 'group'} | {kind: 'other'} | null (not Facebook).
   */
  function parseFacebookUrl(href, base) {
    let url;
    try { url = new URL(href, base); } catch (_) { return null; }
    if (!/^https?:$/.test(url.protocol) || !FACEBOOK_HOST.test(url.hostname)) return null;
    const parts = url.pathname.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch (_) { return p; } });
    const first = (parts[0] || '').toLowerCase();
    const q = url.searchParams;
    const page = (who, rootTab) => (who ? { kind: 'page', ...who, root: !!rootTab } : { kind: 'other' });
    if (first === 'groups' || first === 'group.php') return { kind: 'group' };
    if (first === 'profile.php') {
      const id = asId(q.get('id'));
      const sk = q.get('sk');
      const v = q.get('v');
      return page(id && { id }, parts.length === 1 && !sk && (!v || v === 'timeline'));
    }
    // /people/Some-Name/100064.../
    if (first === 'people' && parts.length >= 3) {
      const id = asId(parts[2]);
      return page(id && { id }, parts.length === 3);
    }
    if (first === 'pages') {
      // /pages/category/<Category>/<handle or Name-id>/
      if ((parts[1] || '').toLowerCase() === 'category' && parts.length >= 4) return page(pageSegment(parts[3]), parts.length === 4);
      // the legacy /pages/Some-Name/1234.../
      if (parts.length >= 3) {
        const id = asId(parts[2]);
        return page(id && { id }, parts.length === 3);
      }
      return { kind: 'other' };
    }
    // /pg/<handle>/… (older Pages)
    if (first === 'pg' && parts[1]) return page(pageSegment(parts[1]), parts.length === 2 || (parts.length === 3 && /^(home|posts)$/i.test(parts[2])));
    // /p/Some-Name-100064.../ (newer profile addresses)
    if (first === 'p' && parts[1]) {
      const m = NAME_ID.exec(parts[1]);
      return page(m && { id: m[2] }, parts.length === 2);
    }
    // A post, photo or video seen on its own: judged by its author (the page header's id is only a hint).
    if (first === 'permalink.php' || first === 'story.php' || first === 'photo.php' || first === 'video.php') {
      const hint = asId(q.get('id'));
      return hint ? { kind: 'content', hint } : { kind: 'content' };
    }
    if (first === 'photo' || (first === 'reel' && parts[1]) || (first === 'watch' && q.get('v')) ||
      (first === 'story' && parts[1])) {
      return { kind: 'content' };
    }
    if (RESERVED.has(first)) return { kind: 'other' };
    const who = pageSegment(parts[0]);
    if (!who) return { kind: 'other' };
    const second = (parts[1] || '').toLowerCase();
    if ((CONTENT_TABS.has(second) && parts.length >= 3) || (second === 'photo' && q.get('fbid')) ||
      (second === 'videos' && q.get('v'))) {
      return { kind: 'content', owner: who };
    }
    return page(who, parts.length === 1);
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

  function sameWho(a, b) {
    if (!a || !b) return false;
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

  function imageUrl(img) {
    if (!img) return null;
    if (img.tagName && img.tagName.toLowerCase() === 'img') return httpsUrl(img.getAttribute('src'));
    if (img.tagName && img.tagName.toLowerCase() === 'image') {
      return httpsUrl(img.getAttribute('xlink:href') || img.getAttribute('href') ||
        (img.getAttributeNS && img.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));
    }
    return backgroundUrl(img);
  }

  /** "Nintendo, profile picture" → "Nintendo" (the suffix is in the reader's language). */
  function nameFromPicLabel(label) {
    if (!label) return '';
    const i = label.lastIndexOf(',');
    const j = label.lastIndexOf('،');
    const k = Math.max(i, j);
    return cleanText(k > 0 ? label.slice(0, k) : label);
  }

  /** "(3) Hespress | Facebook", "Nintendo - Posts" → the page's name, as a last resort. */
  function nameFromTitle(title) {
    let t = cleanText(title).replace(/^\(\d+\+?\)\s*/, '');
    t = t.replace(/\s*[|\u2022\-–]\s*(Facebook|فيسبوك)\s*$/i, '');
    const dash = t.indexOf(' - ');
    if (dash > 0) t = t.slice(0, dash);
    t = t.replace(/\s+(en|on|sur|على)\s+Facebook( Watch)?$/i, '');
    return SCREEN_TITLE.test(t) ? '' : t;
  }

  /** og:title of a Page: strip what Facebook adds on Watch and elsewhere. */
  function nameFromOgTitle(s, description) {
    let t = cleanText(s).replace(/\s*[|\u2022]\s*(Facebook|فيسبوك)\s*$/i, '')
      .replace(/\s+(en|on|sur|على)\s+(Facebook )?Watch$/i, '').replace(/\s+\|\s+Watch$/i, '');
    // "Name | City ST": the city Facebook appends, when the description starts "Name, City."
    const bar = t.indexOf(' | ');
    if (bar > 0) {
      const head = t.slice(0, bar);
      const d = cleanText(description || '');
      if (d.startsWith(head + ',') || d.startsWith(head + '.')) t = head;
    }
    return SCREEN_TITLE.test(t) ? '' : t;
  }

  // ---------------------------------------------------------------- embedded data

  /**
   * The page's own embedded data:
   * - `profile_header_renderer.user` / `.page` {id, name, profilePicLarge.uri, is_verified}
   * - route props `{userID, userVanity}` (each pair kept together: they are bound to the address later)
   * - the mobile `ScriptPath` call's `entity_id` (the last one is the newest)
   * from `script[type="application/json"]` blobs (parsed) and plain inline
   * scripts (requireLazy(…), server payloads: read by pattern, each value
   * unescaped-quoted so that a post's text cannot forge a key). The reader's
   * keys (VIEWER_KEYS) are skipped with everything under them.
   */
  const dataCache = new WeakMap();

  function readEmbedded(doc) {
    const scripts = doc.querySelectorAll('script:not([src])');
    const cached = dataCache.get(doc);
    if (cached && cached.count === scripts.length) return cached.result;
    const result = parseEmbedded(scripts);
    dataCache.set(doc, { count: scripts.length, result });
    return result;
  }

  function parseEmbedded(scripts) {
    const found = { header: [], route: [], entity: null, ldAuthor: null, ldOwner: null, owners: new Set() };
    let total = 0;
    for (const script of scripts) {
      const text = script.textContent || '';
      if (!text || total + text.length > MAX_SCRIPT_TOTAL) continue;
      const type = (script.getAttribute('type') || '').toLowerCase();
      if (type === 'application/ld+json') {
        total += text.length;
        readJsonLd(text, found);
        continue;
      }
      if (!/profile_header_renderer|userVanity|entity_id|"vanity"|owning_profile/.test(text)) continue;
      total += text.length;
      scanOwners(text, found);
      const entity = scriptPathEntity(text);
      if (entity) found.entity = entity;
      scanRoutes(text, found);
      if (type === 'application/json' && text.length <= MAX_JSON_BLOB) {
        let data;
        try { data = JSON.parse(text); } catch (_) { data = undefined; }
        if (data !== undefined) { walk(data, 0, found); continue; }
      }
      scanScript(text, found);
    }
    return found;
  }

  /**
   * JSON-LD (schema.org SocialMediaPosting) of a post or photo: the posting's
   * own `author` {name, identifier, url} (not its comments' authors), and the
   * owner's id in the posting's identifier "<owner>;<post>;;<n>".
   */
  function readJsonLd(text, found) {
    if (text.length > MAX_JSON_BLOB) return;
    let data;
    try { data = JSON.parse(text); } catch (_) { return; }
    const roots = Array.isArray(data) ? data : [data];
    for (const d of roots) {
      if (!d || typeof d !== 'object') continue;
      const a = d.author;
      if (a && typeof a === 'object' && !Array.isArray(a) && !found.ldAuthor) {
        const who = a.url ? linkWho({ getAttribute: () => String(a.url) }, 'https://www.facebook.com/') : null;
        const id = asId(a.identifier);
        if (who || id) found.ldAuthor = { id: id || (who && who.id) || null, handle: who && who.handle, name: cleanText(a.name) };
      }
      const m = typeof d.identifier === 'string' && /^([0-9]{5,25});[0-9]+;/.exec(d.identifier);
      if (m && !found.ldOwner) found.ldOwner = m[1];
    }
  }

  /**
   * The app's route for the address: {rootView: {props: {pageID|userID: N}}, url: "/vanity", params: {vanity}}
   * → {id, handle} (bound to the address later by its vanity).
   */
  function scanRoutes(text, found) {
    const re = /"props":\s*\{[^{}]*?"(?:pageID|userID)":\s*"([0-9]{5,25})"[^{}]*\}[\s\S]{0,600}?"url":\s*"([^"]{0,200})",\s*"params":\s*\{[^{}]*?"vanity":\s*"([^"\\]{1,100})"/g;
    let m;
    while ((m = re.exec(text))) {
      const seg = pageSegment(m[3]);
      if (!seg) continue;
      found.route.push({ id: m[1], handle: seg.handle || null, vanityId: seg.id || null });
    }
  }

  /** A post's `owning_profile` {__typename, name?, id} (the post's owner, as the server wrote it). */
  function scanOwners(text, found) {
    const re = /(?<!\\)"owning_profile":\s*\{[^{}]*?"id":\s*"([0-9]{5,25})"/g;
    let m;
    while ((m = re.exec(text))) found.owners.add(m[1]);
  }

  /** `"ScriptPath","set",[],["<controller>","<hash>",{…entity_id:N…}` (quoted or not, number or string). */
  function scriptPathEntity(text) {
    if (text.indexOf('ScriptPath') < 0) return null;
    const re = /"ScriptPath",\s*"set",\s*\[\],\s*\[\s*"[^"]*",\s*"[^"]*",\s*\{[^{}]*?"?\bentity_id"?:\s*"?([0-9]{5,25})/g;
    let m;
    let id = null;
    while ((m = re.exec(text))) id = m[1];
    return id;
  }

  /** Plain inline scripts: route pairs and the profile header object, by pattern. */
  function scanScript(text, found) {
    // {"userID":"N", …, "userVanity":"h"} in one object (no braces between), either order.
    const pair = /(?<!\\)"userID":\s*"?([0-9]{5,25})"?,[^{}]{0,400}?(?<!\\)"userVanity":\s*(?:"([A-Za-z0-9._-]{1,80})"|null)|(?<!\\)"userVanity":\s*(?:"([A-Za-z0-9._-]{1,80})"|null),[^{}]{0,400}?(?<!\\)"userID":\s*"?([0-9]{5,25})/g;
    let m;
    while ((m = pair.exec(text))) {
      const id = asId(m[1] || m[4]);
      const handle = asHandle(m[2] || m[3] || '');
      if (id || handle) found.route.push({ id, handle });
    }
    let at = 0;
    for (;;) {
      const i = text.indexOf('"profile_header_renderer":', at);
      if (i < 0) break;
      at = i + 26;
      while (text[at] === ' ') at++;
      if (i > 0 && text[i - 1] === '\\') continue;
      const obj = balancedObject(text, at);
      if (!obj) continue;
      try { walk({ profile_header_renderer: JSON.parse(obj) }, 0, found); } catch (_) { /* not JSON */ }
    }
  }

  /** The JSON object starting at text[from] (after optional spaces), by brace matching outside strings. */
  function balancedObject(text, from) {
    let i = from;
    while (text[i] === ' ') i++;
    if (text[i] !== '{') return null;
    let depth = 0;
    let inString = false;
    for (let j = i; j < text.length && j - i < 200000; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) return text.slice(i, j + 1);
      }
    }
    return null;
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
          const pic = who.profilePicLarge || who.profilePicture || who.profile_picture || who.profilePic || who.profilePicMedium;
          const verified = who.is_verified === true || who.isVerified === true || who.show_verified_badge_on_profile === true;
          if (id || name) found.header.push({ id, name, avatar_url: pic && httpsUrl(pic.uri), verified });
        }
      } else if (k === 'userVanity') {
        const handle = asHandle(v);
        const id = asId(node.userID);
        if (handle || id) found.route.push({ handle, id });
      }
      walk(v, depth + 1, found);
    }
  }

  // ---------------------------------------------------------------- DOM helpers

  function linkWho(a, base) {
    const href = a && a.getAttribute && a.getAttribute('href');
    if (!href) return null;
    const p = parseFacebookUrl(href, base);
    return p && p.kind === 'page' ? { id: p.id, handle: p.handle } : null;
  }

  function inChrome(el) {
    return !!(el.closest && el.closest('[role="banner"], [role="navigation"], #MChromeHeader, #header, form, [role="complementary"] [role="navigation"]'));
  }

  /** The `profpic` that belongs to `who`: inside its story ring, or linked to its handle or id. */
  function mobilePic(doc, who, base) {
    if (who.id) {
      const ring = doc.querySelector(`[data-sigil="feed_story_ring${who.id}"] .profpic`);
      if (ring) return ring;
    }
    for (const pic of doc.querySelectorAll('.profpic')) {
      if (inChrome(pic)) continue;
      const w = linkWho(pic.closest('a[href]'), base);
      if (w && sameWho(w, who)) return pic;
    }
    return null;
  }

  /**
   * mbasic: the page's picture `img[alt="<Name>, profile picture"]` inside its
   * `photo.php?…&id=N` link → {name, avatar_url, id, el}. The first one outside
   * the site's own header (the reader's picture sits there).
   */
  function mbasicHeaderPic(doc, base) {
    for (const img of doc.querySelectorAll('a[href*="photo.php"] img[alt]')) {
      if (inChrome(img)) continue;
      const alt = img.getAttribute('alt') || '';
      if (!/,|،/.test(alt)) continue;
      const a = img.closest('a[href]');
      let id = null;
      try { id = asId(new URL(a.getAttribute('href'), base).searchParams.get('id')); } catch (_) { /* none */ }
      if (!id) continue;
      return { name: nameFromPicLabel(alt), avatar_url: imageUrl(img), id, el: img };
    }
    return null;
  }

  /** Desktop: the header's name and picture ([role=main] h1, the first svg image in main). */
  function desktopHeader(doc) {
    const main = doc.querySelector('[role="main"]');
    if (!main) return { name: '', avatar_url: null, h1: null };
    let name = '';
    let h1 = null;
    for (const h of main.querySelectorAll('h1')) {
      if (h.closest('a[href], article, [role="article"]')) continue; // a post's attachment, not the header
      const t = cleanText(h.textContent);
      if (t && !SCREEN_TITLE.test(t)) { name = t; h1 = h; break; }
    }
    let avatar = null;
    for (const img of main.querySelectorAll('svg image')) {
      const url = imageUrl(img);
      if (url) { avatar = url; break; }
    }
    return { name, avatar_url: avatar, h1 };
  }

  /**
   * The mobile site's own stories of the page (their header's author link is
   * the page) carry its id in their tracking data (`content_owner_id_new.N`,
   * `page_id.N` in data-store / data-ft / data-xt): the id when they all agree.
   */
  function ownStoriesId(doc, who, base) {
    const ids = new Set();
    let n = 0;
    for (const art of doc.querySelectorAll('article')) {
      if (++n > 200) break;
      const a = art.querySelector('h3 a[href], header a[href], strong a[href]');
      const w = a && linkWho(a, base);
      if (!w || !sameWho(w, who)) continue;
      const holders = [art, ...Array.from(art.querySelectorAll('[data-store], [data-ft], [data-xt]')).slice(0, 50)];
      for (const el of holders) {
        for (const attr of ['data-store', 'data-ft', 'data-xt']) {
          const v = el.getAttribute(attr);
          if (!v) continue;
          const re = /content_owner_id_new[.":]+([0-9]{5,25})\b/g;
          let m;
          while ((m = re.exec(v))) ids.add(m[1]);
        }
      }
    }
    return ids.size === 1 ? [...ids][0] : null;
  }

  /** The classic www site's header picture (#page_profile_picture, the entity sidebar's own picture, the timeline's). */
  function classicHeaderPic(doc) {
    const img = doc.querySelector('#page_profile_picture img[src], .profilePic img[src], img.profilePic[src], #entity_sidebar a[href] img[src]');
    return img ? imageUrl(img) : null;
  }

  /**
   * The classic www timeline (profiles before 2017): its cover name
   * (#fb-timeline-cover-name) and its own Follow button's profile_id (ids as
   * short as Facebook's first accounts).
   */
  function classicTimeline(doc) {
    const nameEl = doc.querySelector('#fb-timeline-cover-name');
    if (!nameEl) return null;
    const ids = new Set();
    for (const el of doc.querySelectorAll('[ajaxify*="follow_profile.php?profile_id="]')) {
      const m = /follow_profile\.php\?profile_id=([1-9][0-9]{0,24})(?:&|$)/.exec(el.getAttribute('ajaxify') || '');
      if (m) ids.add(m[1]);
    }
    return { name: cleanText(nameEl.textContent), id: ids.size === 1 ? [...ids][0] : null, el: nameEl };
  }

  /**
   * What the header shows right now: {href, name, avatar_url}. The content
   * script keeps it across an in-app navigation and passes it back as
   * `opts.stale`: what is still equal to it has not been redrawn.
   */
  function readHeader(doc, href) {
    const d = desktopHeader(doc);
    let name = d.name;
    let avatar = d.avatar_url;
    if (!name || !avatar) {
      const mb = mbasicHeaderPic(doc, href);
      if (mb) { name = name || mb.name; avatar = avatar || mb.avatar_url; }
    }
    return { href: href || null, name: name || '', avatar_url: avatar || null, author: authorFingerprint(doc, href) };
  }

  /** The first post author link on screen (name + address), cheaply: what a post page's header showed. */
  function authorFingerprint(doc, base) {
    for (const scope of contentScopes(doc)) {
      for (const sel of AUTHOR_SELECTORS) {
        const a = scope.querySelector(sel);
        if (!a || inChrome(a)) continue;
        const who = linkWho(a, base);
        const name = cleanText(a.textContent);
        if (who && name) return `${name}\n${a.getAttribute('href')}`;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- post authors

  /** Selectors of a post header's author link, most specific first. */
  const AUTHOR_SELECTORS = [
    '[data-ad-rendering-role="profile_name"] a[href]',
    'a.actor-link[href]', 'a[data-sigil="actor-link"][href]', 'strong.actor a[href]',
    'h2 a[href]', 'h3 strong a[href]', 'h3 a[href]', 'h4 a[href]', 'h5 a[href]', 'header strong a[href]',
  ];

  /**
   * Where a post's or photo's header lives, per site: a post opened over the
   * feed (the desktop app's dialog) first, then the page's main part.
   */
  const CONTENT_SCOPES = ['[role="dialog"]', '[role="main"]', '#m_story_permalink_view', '#MPhotoContent', '#root', '#objects_container'];

  function contentScopes(doc) {
    const out = [];
    for (const sel of CONTENT_SCOPES) {
      let el = doc.querySelector(sel);
      // a dialog only when it holds a post header (not a chat window, not a login box)
      if (el && sel === '[role="dialog"]') {
        const header = doc.querySelector('[role="dialog"] [data-ad-rendering-role="profile_name"]');
        el = header ? header.closest('[role="dialog"]') : null;
      }
      if (el && !out.some((o) => o.contains(el))) out.push(el);
      if (sel === '[role="main"]' && el) break; // main holds the rest
    }
    return out.length ? out : [doc];
  }

  /**
   * The author's id as Facebook writes it in the author link itself:
   * `?pageid=N` (classic www), `_ft_=…content_owner_id_new.N…page_id.N…` (mobile).
   */
  function linkOwnerId(href) {
    if (!href) return null;
    const ids = new Set();
    let m = /[?&]pageid=([0-9]{5,25})\b/i.exec(href);
    if (m) ids.add(m[1]);
    let decoded = href;
    try { decoded = decodeURIComponent(href); } catch (_) { /* keep */ }
    const re = /(?:content_owner_id_new|page_id)[.:]([0-9]{5,25})\b/g;
    while ((m = re.exec(decoded))) ids.add(m[1]);
    return ids.size === 1 ? [...ids][0] : null;
  }

  /**
   * The mobile site ships some pagelets as HTML inside comments of hidden
   * `<code>` elements, which its own script unpacks later. They are read as
   * inert documents (DOMParser: nothing runs, nothing loads, nothing is added
   * to the page), only where the page has not unpacked them yet.
   */
  const pageletCache = new WeakMap();
  function pagelets(doc) {
    const codes = doc.querySelectorAll('code');
    const cached = pageletCache.get(doc);
    if (cached && cached.count === codes.length) return cached.docs;
    const docs = [];
    const Parser = root.DOMParser || (doc.defaultView && doc.defaultView.DOMParser);
    let total = 0;
    if (Parser) {
      for (const code of codes) {
        for (const node of code.childNodes) {
          if (node.nodeType !== 8) continue;
          const text = node.nodeValue || '';
          if (text.length > 500000 || total + text.length > 4000000) continue;
          if (!/actor-link|profpic|feed_story_ring|<h[2-5]/.test(text)) continue;
          total += text.length;
          try { docs.push(new Parser().parseFromString(text, 'text/html')); } catch (_) { /* skip */ }
        }
      }
    }
    pageletCache.set(doc, { count: codes.length, docs });
    return docs;
  }

  /** The post header's author link in `doc`: {who, name, el}, or null. */
  function authorIn(doc, base) {
    for (const scope of contentScopes(doc)) {
      const a = authorInScope(scope, base);
      if (a) return a;
    }
    return null;
  }

  function authorInScope(scope, base) {
    for (const sel of AUTHOR_SELECTORS) {
      for (const a of scope.querySelectorAll(sel)) {
        if (inChrome(a) || a.closest('[data-sigil*="comment"], .comment, [aria-label*="omment"], ul[data-sigil]')) continue;
        const who = linkWho(a, base);
        if (!who) continue;
        const name = cleanText(a.textContent);
        if (!name) continue;
        const id = linkOwnerId(a.getAttribute('href'));
        if (id && who.id && id !== who.id) continue;
        if (id && !who.id) who.id = id;
        return { who, name, el: a };
      }
    }
    return null;
  }

  function authorFromDom(doc, base, navigated) {
    const here = authorIn(doc, base);
    if (here || navigated) return here ? { ...here, doc } : null;
    for (const d of pagelets(doc)) {
      const a = authorIn(d, base);
      if (a) return { ...a, doc: d };
    }
    return null;
  }

  /** The author's own picture: inside a link to the author (desktop svg/img, mobile profpic). */
  function authorAvatar(docs, author, base) {
    for (const doc of docs) {
      const pic = mobilePic(doc, author.who, base);
      if (pic) {
        const n = nameFromPicLabel(pic.getAttribute('aria-label') || pic.getAttribute('alt'));
        if (!n || n === author.name) { const u = imageUrl(pic); if (u) return u; }
      }
      const scope = doc.querySelector('[role="main"]') || doc;
      for (const a of scope.querySelectorAll('a[href]')) {
        if (inChrome(a)) continue;
        const img = a.querySelector('svg image, img');
        if (!img) continue;
        const w = linkWho(a, base);
        if (w && sameWho(w, author.who)) {
          const label = img.getAttribute('aria-label') || img.getAttribute('alt') || '';
          if (label && nameFromPicLabel(label) !== author.name && cleanText(label) !== author.name) continue;
          const url = imageUrl(img);
          if (url) return url;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- Facebook's own signals

  const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
  function asciiDigits(s) {
    return s.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf)));
  }

  const MULTIPLIERS = [
    [/^(k|K|ألف|آلاف|الف|mille)$/, 1e3], [/^(m|M|Mio|مليون|ملايين|million|millions)$/, 1e6],
    [/^(b|B|Md|مليار|milliard|milliards|billion)$/, 1e9],
  ];

  /**
   * "12 k", "1,2 M", "١٢ ألف", "5,410,921", "5 410 921", "1.2K" → integer, or null.
   * With a multiplier, one separator followed by 1–2 digits is a decimal point.
   */
  function parseCount(text) {
    if (typeof text !== 'string') return null;
    const t = asciiDigits(text).replace(/[\u00a0\u202f\u2009]/g, ' ');
    const m = /(\d[\d.,\u066b\u066c ]*\d|\d)\s*(k|K|M|Md|Mio|B|ألف|آلاف|الف|مليون|ملايين|مليار|milliards?|millions?|billion|mille)?(?![A-Za-z\u0600-\u06FF])/.exec(t);
    if (!m) return null;
    let num = m[1].replace(/ /g, '');
    let mult = 1;
    for (const [re, v] of MULTIPLIERS) if (m[2] && re.test(m[2])) mult = v;
    if (mult > 1 && /^\d+[.,\u066b]\d{1,2}$/.test(num)) num = num.replace(/[,\u066b]/, '.');
    else num = num.replace(/[.,\u066b\u066c]/g, '');
    const v = Math.round(parseFloat(num) * mult);
    return Number.isSafeInteger(v) && v >= 0 ? v : null;
  }

  const FOLLOWERS_RE = /(\d[\d.,\u066b\u066c\u00a0\u202f ]*)\s*(k|K|M|Mio|ألف|آلاف|الف|مليون|ملايين|millions?|mille)?\s*(followers?|abonné(e)?s|d[’']abonné(e)?s|متابِع|متابع(ين|ون)?|people follow this|personnes suivent ça|يتابعون هذا)/;
  const LIKES_RE = /(\d[\d.,\u066b\u066c\u00a0\u202f ]*)\s*(k|K|M|Mio|ألف|آلاف|الف|مليون|ملايين|millions?|mille)?\s*(likes|mentions? j[’']aime|j[’']aime|people like this|personnes aiment ça|إعجاب(ات)?|أشخاص معجبون)/;

  function countIn(text, re) {
    const m = re.exec(asciiDigits(text));
    return m ? parseCount(m[1] + (m[2] ? ' ' + m[2] : '')) : null;
  }

  const MONTHS = {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
    janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12,
    'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'إبريل': 4, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليوز': 7, 'يوليه': 7,
    'أغسطس': 8, 'غشت': 8, 'سبتمبر': 9, 'شتنبر': 9, 'أكتوبر': 10, 'اكتوبر': 10, 'نوفمبر': 11, 'نونبر': 11, 'ديسمبر': 12, 'دجنبر': 12,
    'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8, 'أيلول': 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  };

  /** "March 3, 2014", "3 mars 2014", "٣ مارس ٢٠١٤", "2014-03-03" → "2014-03-03", or null. */
  function parseDate(text) {
    if (typeof text !== 'string') return null;
    const t = asciiDigits(text).replace(/[\u200e\u200f\u061c]/g, '').replace(/،/g, ',').toLowerCase();
    let y, mo, d;
    let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
    if (m) [y, mo, d] = [m[1], m[2], m[3]].map(Number);
    else {
      const names = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
      m = new RegExp(`(${names})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`).exec(t);
      if (m) { mo = MONTHS[m[1]]; d = Number(m[2]); y = Number(m[3]); }
      else {
        m = new RegExp(`(\\d{1,2})(?:er)?\\s+(${names}),?\\s+(\\d{4})`).exec(t);
        if (m) { d = Number(m[1]); mo = MONTHS[m[2]]; y = Number(m[3]); }
      }
    }
    if (!y || !mo || !d || y < 2004 || y > 2100 || mo > 12 || d > 31) return null;
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1) return null;
    return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  const COUNTRIES = [
    ['MA', 'morocco', 'maroc', 'المغرب'], ['FR', 'france', 'france', 'فرنسا'], ['ES', 'spain', 'espagne', 'إسبانيا', 'اسبانيا'],
    ['DZ', 'algeria', 'algérie', 'الجزائر'], ['TN', 'tunisia', 'tunisie', 'تونس'], ['EG', 'egypt', 'égypte', 'مصر'],
    ['US', 'united states', 'états-unis', 'الولايات المتحدة'], ['GB', 'united kingdom', 'royaume-uni', 'المملكة المتحدة'],
    ['BE', 'belgium', 'belgique', 'بلجيكا'], ['NL', 'netherlands', 'pays-bas', 'هولندا'], ['DE', 'germany', 'allemagne', 'ألمانيا'],
    ['IT', 'italy', 'italie', 'إيطاليا'], ['CA', 'canada', 'canada', 'كندا'], ['SA', 'saudi arabia', 'arabie saoudite', 'السعودية', 'المملكة العربية السعودية'],
    ['AE', 'united arab emirates', 'émirats arabes unis', 'الإمارات', 'الإمارات العربية المتحدة'], ['QA', 'qatar', 'qatar', 'قطر'],
    ['TR', 'turkey', 'turquie', 'تركيا'], ['NG', 'nigeria', 'nigeria', 'نيجيريا'], ['IN', 'india', 'inde', 'الهند'],
    ['PK', 'pakistan', 'pakistan', 'باكستان'], ['BD', 'bangladesh', 'bangladesh', 'بنغلاديش'], ['VN', 'vietnam', 'viêt nam', 'فيتنام'],
    ['PH', 'philippines', 'philippines', 'الفلبين'], ['ID', 'indonesia', 'indonésie', 'إندونيسيا'], ['KE', 'kenya', 'kenya', 'كينيا'],
    ['MR', 'mauritania', 'mauritanie', 'موريتانيا'], ['LY', 'libya', 'libye', 'ليبيا'], ['JO', 'jordan', 'jordanie', 'الأردن'],
    ['LB', 'lebanon', 'liban', 'لبنان'], ['IQ', 'iraq', 'irak', 'العراق'], ['SN', 'senegal', 'sénégal', 'السنغال'],
    ['CI', "côte d'ivoire", "côte d’ivoire", 'ساحل العاج'], ['RU', 'russia', 'russie', 'روسيا'], ['CN', 'china', 'chine', 'الصين'],
    ['BR', 'brazil', 'brésil', 'البرازيل'], ['PT', 'portugal', 'portugal', 'البرتغال'], ['CH', 'switzerland', 'suisse', 'سويسرا'],
    ['SE', 'sweden', 'suède', 'السويد'], ['KW', 'kuwait', 'koweït', 'الكويت'], ['OM', 'oman', 'oman', 'عمان', 'عُمان'],
  ];
  const COUNTRY_BY_NAME = new Map();
  for (const [code, ...names] of COUNTRIES) for (const n of names) COUNTRY_BY_NAME.set(n, code);

  function countryCode(text) {
    const t = cleanText(text).toLowerCase().replace(/\s*\(\s*[\d\u0660-\u0669]+\s*\)\s*$/, '').trim();
    return COUNTRY_BY_NAME.get(t) || null;
  }

  const CREATED_LABEL = /(page created|created on|page créée|date de création|تم إنشاء الصفحة|تاريخ إنشاء الصفحة|أنشئت الصفحة)/i;
  const MANAGERS_LABEL = /(country\/region location for people who manage|pays\/région principal\S* des personnes qui gèrent|pays\/région principal|الدولة\/المنطقة الرئيسية|البلد\/المنطقة الرئيسية|الدولة أو المنطقة الرئيسية)/i;
  const NAMES_LABEL = /^(previous names|name changes|noms précédents|changements de nom|الأسماء السابقة|تغييرات الاسم)$/i;
  const NAME_CHANGE = /^(changed name to|a changé de nom pour|nom changé en|تم تغيير الاسم إلى|غيّرت الاسم إلى|غيرت الاسم إلى)\s*/i;
  const ANY_LABEL = new RegExp([CREATED_LABEL.source, MANAGERS_LABEL.source, NAMES_LABEL.source.replace(/^\^|\$$/g, ''),
    'page transparency|transparence de la page|شفافية الصفحة|ads from this page|publicités de cette page|إعلانات من هذه الصفحة|see all|voir tout|عرض الكل|confirmed page owner|propriétaire de la page confirmé'].join('|'), 'i');

  /** The visible text of `scope`, one entry per text node (scripts, styles, code and posts skipped), capped. */
  function textNodes(scope) {
    const out = [];
    const stack = [scope];
    while (stack.length && out.length < MAX_TEXT_NODES) {
      const n = stack.pop();
      if (n.nodeType === 3) {
        const t = cleanText(n.nodeValue || '');
        if (t) out.push(t);
        continue;
      }
      if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
      const tag = n.tagName ? n.tagName.toLowerCase() : '';
      if (tag === 'script' || tag === 'style' || tag === 'code' || tag === 'noscript' || tag === 'template') continue;
      // posts say what their authors write ("Page created - 2010", "1M followers"): not the page's facts
      if (tag === 'article' || (n.getAttribute && /^(article|feed)$/.test(n.getAttribute('role') || ''))) continue;
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return out;
  }

  /** The badge beside the header's name: an element labelled "Verified" (aria-label, title, alt, <title>). */
  function headerBadge(nameEl, who, base) {
    if (!nameEl) return false;
    // Up to two levels around the name, never as far as another page's name (a shared post's
    // "X shared a post by Y ✓": Y's badge is not X's).
    let scope = nameEl;
    for (let i = 0; i < 2 && scope.parentElement; i++) {
      const up = scope.parentElement;
      if (linksToAnotherPage(up, who, base)) break;
      scope = up;
    }
    for (const el of scope.querySelectorAll('[aria-label], [title], img[alt], svg title')) {
      if (el === nameEl) continue;
      const label = el.tagName.toLowerCase() === 'title' ? el.textContent
        : el.getAttribute('aria-label') || el.getAttribute('title') || el.getAttribute('alt');
      if (label && VERIFIED_LABEL.test(cleanText(label))) return true;
    }
    return false;
  }

  function linksToAnotherPage(scope, who, base) {
    let n = 0;
    for (const a of scope.querySelectorAll('a[href]')) {
      if (++n > 30) return true;
      const w = linkWho(a, base);
      if (w && !(who && sameWho(w, who))) return true;
    }
    return false;
  }

  /** A verified badge beside a link to `who` (the page's own name in its header or its posts' headers). */
  function badgeBesideLinkTo(docs, who, base) {
    for (const doc of docs) {
      for (const a of doc.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h5 a[href], strong a[href], a[href] strong')) {
        const link = a.tagName.toLowerCase() === 'a' ? a : a.closest('a[href]');
        if (!link || inChrome(link)) continue;
        const w = linkWho(link, base);
        if (w && sameWho(w, who) && headerBadge(link, who, base)) return true;
      }
    }
    return false;
  }

  /** "Page · News & media website" / "صفحة · …" in the header's intro → the category. */
  function pageCategory(scope) {
    let n = 0;
    for (const el of scope.querySelectorAll('span, div, a')) {
      if (++n > 4000) break;
      if (el.childElementCount > 3) continue; // a container: its text is its children's
      const t = el.textContent || '';
      if (t.length > 160 || t.length < 7) continue;
      const m = /^(?:Page|صفحة)\s*[·•]\s*(.{2,100})$/.exec(cleanText(t));
      if (m) return cleanText(m[1]);
    }
    return null;
  }

  /** Followers, creation date, previous names, managers' countries and category, where the page shows them. */
  function pageSignals(doc, texts, scope) {
    const out = {};
    const category = pageCategory(scope);
    if (category) out.category = category;
    // Where Facebook writes the count, most structured first: the header's own followers/likes
    // links, the page's description, then the page's first lines of text (a post saying "we hit
    // 1M followers" further down is not the count).
    let followers = null;
    let likes = null;
    const links = Array.from(scope.querySelectorAll('a[href*="followers"], a[href*="friends_likes"], a[href*="/likes"]'), (a) => cleanText(a.textContent));
    const desc = meta(doc, 'og:description') || meta(doc, 'description');
    const early = texts.slice(0, 400);
    for (const group of [links, [desc || ''], early]) {
      for (const t of group) {
        if (!t || t.length > 300) continue;
        if (followers == null) followers = countIn(t, FOLLOWERS_RE);
        if (likes == null) likes = countIn(t, LIKES_RE);
      }
      if (followers != null) break;
    }
    const count = followers ?? likes;
    if (count != null) out.followers = count;

    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      if (!out.created && CREATED_LABEL.test(t)) {
        const d = parseDate(t) || parseDate(texts[i + 1] || '') || parseDate(texts[i - 1] || '');
        if (d) out.created = d;
      }
      if (!out.manager_countries && MANAGERS_LABEL.test(t)) {
        const codes = [];
        for (let j = i + 1; j < texts.length && j < i + 20; j++) {
          if (ANY_LABEL.test(texts[j])) break;
          const c = countryCode(texts[j]);
          if (c && !codes.includes(c)) codes.push(c);
        }
        if (codes.length) out.manager_countries = codes.slice(0, 20);
      }
      if (!out.previous_names && NAMES_LABEL.test(t)) {
        const names = [];
        for (let j = i + 1; j < texts.length && j < i + 30; j++) {
          if (ANY_LABEL.test(texts[j])) break;
          if (parseDate(texts[j]) && texts[j].length < 40) continue;
          const n = cleanText(texts[j].replace(NAME_CHANGE, ''));
          if (n && n.length <= 200 && !names.includes(n)) names.push(n);
        }
        if (names.length) out.previous_names = names.slice(0, 10);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- identity

  /**
   * The identity sources agree or the page has no identity: every source's
   * {id?, handle?} is added; two ids or two handles → conflict.
   */
  function identity() {
    const ids = new Map();
    const handles = new Map();
    return {
      add(source, who) {
        if (!who) return;
        if (who.id) { if (!ids.has(who.id)) ids.set(who.id, source); }
        if (who.handle) { const h = who.handle.toLowerCase(); if (!handles.has(h)) handles.set(h, { source, handle: who.handle }); }
      },
      /** A source that can only disagree (an id from a query string). */
      conflictsWith(who) {
        return !!(who && who.id && ids.size && !ids.has(who.id));
      },
      get conflict() { return ids.size > 1 || handles.size > 1; },
      get id() { return ids.size === 1 ? [...ids.keys()][0] : null; },
      get handle() { return handles.size === 1 ? [...handles.values()][0].handle : null; },
      get idSource() { return ids.size === 1 ? [...ids.values()][0] : null; },
      get handleSource() { return handles.size === 1 ? [...handles.values()][0].source : null; },
      get sourceCount() { return new Set([...ids.values(), ...[...handles.values()].map((h) => h.source)]).size; },
      knows(who) { return !!who && ((who.id && ids.has(who.id)) || (who.handle && handles.has(who.handle.toLowerCase()))); },
    };
  }

  /** fbcdn's profile-picture class (t39.30808-1, t1.6435-1, …): covers and posts' pictures are -6, -9, -0. */
  const PROFILE_PICTURE = /^https:\/\/[a-z0-9.-]+\.fbcdn\.net\/v\/(?:[a-z]\/)?t[0-9.]+-1\//i;

  /** Avatar sources that are the page header's own picture (learnable on the page's root). */
  const HEADER_AVATARS = new Set(['svg image', 'json header', 'profpic', 'mbasic header', 'classic header']);

  /**
   * Reads the page's profile. `loadedHref` is the address the document was
   * loaded at: when the reader has navigated inside the app since, meta tags
   * and embedded data describe the old page and are used only if they agree
   * with the current address. `opts.stale` {name, avatar_url}: the header as it
   * was at the previous address; a name or picture still equal to it has not
   * been redrawn and is not read.
   * Returns {profile, key, sources, learnable} or null.
   */
  function readProfile(doc, href, loadedHref, opts) {
    const here = parseFacebookUrl(href);
    if (!here || (here.kind !== 'page' && here.kind !== 'content')) return null;
    const navigated = loadedHref != null && stripHash(loadedHref) !== stripHash(href);
    // The header as it was at the previous address, after any in-app navigation (back to the loaded
    // address too: the app redraws the header there as well).
    let stale = opts && opts.stale ? opts.stale : null;
    if (stale && stale.href) {
      // the previous address showed the same page (another tab of it): its header is this page's
      const before = parseFacebookUrl(stale.href);
      const beforeWho = before && (before.kind === 'page' ? before : before.owner);
      const nowWho = here.kind === 'page' ? here : here.owner;
      if (beforeWho && nowWho && sameWho(beforeWho, nowWho)) stale = null;
    }
    const ids = identity();
    const sources = {};

    // meta tags: usable on the loaded address, or when they name the current one
    const ogUrlText = meta(doc, 'og:url');
    const ogUrl = ogUrlText ? parseFacebookUrl(ogUrlText, href) : null;
    const appLink = parseAppLink(meta(doc, 'al:android:url')) || parseAppLink(meta(doc, 'al:ios:url'));
    const hereWho = here.kind === 'page' ? here : here.owner;
    const metaFresh = !navigated || (ogUrl && ogUrl.kind === 'page' && sameWho(ogUrl, hereWho)) ||
      (appLink && appLink.kind === 'page' && hereWho && hereWho.id && appLink.id === hereWho.id);
    if (metaFresh && (ogUrl && ogUrl.kind === 'group' || appLink && appLink.kind === 'group')) return null;
    const data = navigated ? { header: [], route: [], entity: null, owners: new Set() } : readEmbedded(doc);

    const result = here.kind === 'page'
      ? readPage(doc, href, here, { ids, sources, ogUrl: metaFresh ? ogUrl : null, appLink: metaFresh ? appLink : null, data, navigated, stale, metaFresh })
      : readContent(doc, href, here, { ids, sources, ogUrl: metaFresh ? ogUrl : null, appLink: metaFresh ? appLink : null, data, navigated, stale });
    if (!result) return null;
    const { got, learnable } = result;
    if (ids.conflict) return null;
    // Nothing on the page names it (a login wall, a header not drawn yet): say nothing.
    if (!got.name) return null;

    const profile = { platform: 'facebook', name: got.name || '' };
    if (ids.id) { profile.id = ids.id; sources.id = ids.idSource; }
    if (ids.handle) { profile.handle = ids.handle; sources.handle = ids.handleSource; }
    if (got.avatar_url) profile.avatar_url = got.avatar_url;
    for (const k of ['facebook_verified', 'followers', 'created', 'previous_names', 'manager_countries', 'category']) {
      if (got[k] !== undefined) profile[k] = got[k];
    }
    return { profile, key: pageKey(profile), sources, learnable: !!learnable, kind: here.kind === 'page' ? 'page' : 'author' };
  }

  function readPage(doc, href, here, ctx) {
    const { ids, sources, ogUrl, appLink, data, navigated, stale } = ctx;
    const got = { name: '', avatar_url: null };
    ids.add('url', here);
    if (ogUrl) {
      if (ogUrl.kind === 'page') ids.add('og:url', ogUrl);
      else if (ogUrl.kind === 'content') return null; // the document is a post, not this page
    }
    if (appLink && appLink.kind === 'page') ids.add('al:android:url', appLink);

    // embedded data, bound to the address
    const header = data.header.find((hd) => hd.id) || data.header[0];
    if (header && header.id) ids.add('json header', { id: header.id });
    for (const r of data.route) {
      if (ids.knows(r)) ids.add('json route', r);
    }
    if (data.entity) ids.add('entity_id', { id: data.entity });

    // the DOM header
    const d = desktopHeader(doc);
    const mb = mbasicHeaderPic(doc, href);
    // What was on screen at the previous address is not this page's until redrawn. The picture
    // loads after the name: a new picture means the name was redrawn too (an impersonator often
    // copies the previous page's name exactly); a new name alone does not vouch for the picture.
    const picNow = d.avatar_url || (mb && mb.avatar_url) || null;
    const picRedrawn = !!(stale && picNow && picNow !== stale.avatar_url);
    const freshName = (n) => n && !(stale && stale.name && n === stale.name && !picRedrawn);
    const freshPic = (u) => u && !(stale && stale.avatar_url && u === stale.avatar_url);
    let nameEl = null;
    if (freshName(d.name)) { got.name = d.name; sources.name = '[role=main] h1'; nameEl = d.h1; }
    if (freshPic(d.avatar_url)) { got.avatar_url = d.avatar_url; sources.avatar = 'svg image'; }
    if (!navigated && header) {
      if (!got.name && header.name) { got.name = header.name; sources.name = 'json header'; }
      if (!got.avatar_url && header.avatar_url) { got.avatar_url = header.avatar_url; sources.avatar = 'json header'; }
    }
    if (mb && (!navigated || sameWho({ id: mb.id }, here))) {
      ids.add('mbasic header link', { id: mb.id });
      if (!got.name && freshName(mb.name)) { got.name = mb.name; sources.name = 'mbasic header'; nameEl = mb.el.closest('a') || mb.el; }
      if (!got.avatar_url && freshPic(mb.avatar_url)) { got.avatar_url = mb.avatar_url; sources.avatar = 'mbasic header'; }
    }
    const timeline = !navigated && classicTimeline(doc);
    if (timeline) {
      if (timeline.id) ids.add('timeline follow button', { id: timeline.id });
      if (!got.name && timeline.name) { got.name = timeline.name; sources.name = 'timeline cover name'; nameEl = timeline.el; }
    }
    if (!got.avatar_url) {
      const classic = classicHeaderPic(doc);
      if (freshPic(classic)) { got.avatar_url = classic; sources.avatar = 'classic header'; }
    }
    const who = { id: ids.id, handle: ids.handle };
    const pic = (who.id || who.handle) && mobilePic(doc, who, href);
    if (pic) {
      const h = linkWho(pic.closest('a[href]'), href);
      if (h && h.handle && (!navigated || ids.knows(h))) ids.add('profpic link', h);
      const n = nameFromPicLabel(pic.getAttribute('aria-label') || pic.getAttribute('alt'));
      if (!got.name && freshName(n)) { got.name = n; sources.name = 'profpic label'; nameEl = pic; }
      const av = imageUrl(pic);
      if (!got.avatar_url && freshPic(av)) { got.avatar_url = av; sources.avatar = 'profpic'; }
    }
    if (!ids.id && ids.handle && !navigated) {
      const own = ownStoriesId(doc, { handle: ids.handle }, href);
      if (own) ids.add('own stories', { id: own });
    }
    if (!got.avatar_url && ogUrl && ogUrl.kind === 'page' && !navigated) {
      // A page's own og:image, only when it is a profile picture (fbcdn's "-1" picture class), never
      // a cover or a post's picture; never learned (not the header's).
      const og = httpsUrl(meta(doc, 'og:image'));
      if (og && PROFILE_PICTURE.test(og)) { got.avatar_url = og; sources.avatar = 'og:image'; }
    }
    if (!got.name && ogUrl) {
      const og = nameFromOgTitle(meta(doc, 'og:title') || '', meta(doc, 'og:description') || '');
      if (og) { got.name = og; sources.name = 'og:title'; }
    }
    if (!got.name && !navigated && !stale) {
      const t = nameFromTitle(doc.title || '');
      if (t) { got.name = t; sources.name = 'title'; }
    }

    // Facebook's own signals, from the header and the page's text (not the previous page's)
    const headerFresh = !stale || (got.name && sources.name !== 'og:title' && sources.name !== 'title');
    if (headerFresh) {
      if (headerBadge(nameEl, { id: ids.id, handle: ids.handle }, href) || (!navigated && header && header.verified && (!header.id || ids.knows({ id: header.id }))) ||
        badgeBesideLinkTo(navigated ? [doc] : [doc, ...pagelets(doc)], { id: ids.id, handle: ids.handle }, href)) got.facebook_verified = true;
      const main = doc.querySelector('[role="main"]') || doc.body;
      if (main) Object.assign(got, pageSignals(doc, textNodes(main), main));
    }

    // Learn the picture only from the header of the page's root, once its
    // name and id agree with the address (another source than the address
    // names the same page) and it has been redrawn for it.
    const learnable = here.root && HEADER_AVATARS.has(sources.avatar) && got.name &&
      sources.name !== 'og:title' && sources.name !== 'title' && ids.sourceCount >= 2 &&
      (!navigated || (stale && stale.name && stale.avatar_url && got.name !== stale.name && got.avatar_url !== stale.avatar_url));
    return { got, learnable };
  }

  function readContent(doc, href, here, ctx) {
    const { ids, sources, ogUrl, appLink, data, navigated } = ctx;
    const author = authorFromDom(doc, href, navigated);
    if (!author) return null; // the author cannot be told: say nothing
    // After an in-app navigation, the previous page's post header may still be on screen.
    if (ctx.stale && ctx.stale.author && ctx.stale.author === `${author.name}\n${author.el.getAttribute('href')}`) return null;
    const got = { name: author.name, avatar_url: null };
    ids.add('author link', author.who);
    sources.name = 'author link';
    if (here.owner) ids.add('url', here.owner);
    if (ogUrl) {
      if (ogUrl.kind === 'content' && ogUrl.owner) ids.add('og:url', ogUrl.owner);
      else if (ogUrl.kind === 'page') ids.add('og:url', ogUrl);
      else if (ogUrl.kind === 'group') return null;
    }
    if (appLink && appLink.kind === 'page') ids.add('al:android:url', appLink);
    if (data.entity) ids.add('entity_id', { id: data.entity });
    if (data.ldOwner) ids.add('json-ld', { id: data.ldOwner });
    // the post's owner as the server wrote it, when the page holds exactly one
    if (data.owners && data.owners.size === 1) ids.add('owning_profile', { id: [...data.owners][0] });
    if (data.ldAuthor && ids.knows(data.ldAuthor)) ids.add('json-ld author', data.ldAuthor);
    for (const r of data.route) if (ids.knows(r)) ids.add('json route', r);
    if (here.hint && ids.conflictsWith({ id: here.hint })) return null;
    const av = authorAvatar(author.doc === doc ? [doc] : [author.doc, doc], author, href);
    if (headerBadge(author.el, author.who, href)) got.facebook_verified = true;
    if (av) { got.avatar_url = av; sources.avatar = 'author picture'; }
    return { got, learnable: false };
  }

  /** A stable key for "hide for this page": the id when known, else the handle, else the name. */
  function pageKey(profile) {
    if (profile.id) return `facebook:id:${profile.id}`;
    if (profile.handle) return `facebook:handle:${profile.handle.toLowerCase()}`;
    return `facebook:name:${profile.name}`;
  }

  /**
   * What one check depends on (the content script checks again whenever it
   * changes): the account, its name, its picture, the signals, the address.
   */
  function checkKey(read, pathname) {
    if (!read) return `none|${pathname}`;
    const p = read.profile;
    return JSON.stringify([read.key, p.id || '', p.handle || '', p.name, p.avatar_url || '', !!read.learnable,
      !!p.facebook_verified, p.followers ?? null, p.created || '', pathname]);
  }

  function stripHash(h) {
    const i = String(h).indexOf('#');
    return i < 0 ? String(h) : String(h).slice(0, i);
  }

  const api = {
    readProfile, readHeader, checkKey, parseFacebookUrl, parseAppLink, pageKey, nameFromTitle, cssUnescape, parseCount, parseDate,
    linkOwnerId, httpsUrl, MAX_NAME, RESERVED_PATHS, FACEBOOK_HOST,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliFacebookAdapter = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
