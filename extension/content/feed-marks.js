/*
 * Asli feed marks (issue 13): beside each post author's name in the feed, a
 * small mark, red for `impersonation`, amber for `suspicious`, that opens the
 * same explanation as the banner (ui/banner.js's `explanation`: reasons in the
 * reader's language, the real page, "Report this page", "Copy the facts").
 * Verified and unknown authors get nothing; the reader's option
 * `feedVerified` shows a quiet mark on verified ones.
 *
 * Cheap on a long feed:
 *   - author links are found when they enter the DOM (one MutationObserver,
 *     scans debounced) and judged only when near the viewport
 *     (IntersectionObserver, 800 px ahead, watching 24 links at a time in
 *     the feed's order: its cost on each frame of a scroll grows with the
 *     links it watches);
 *   - each author once per page: verdicts cached by id or handle (an author
 *     first seen without its picture is asked again, once, with it);
 *   - one batched message per burst ({type: 'asli/check-batch'}, ≤ 40 authors);
 *   - marks inserted together, at most every 250 ms, in an animation frame
 *     (each insertion lays out its post again);
 *   - marks are fixed-size hosts with CLOSED shadow roots, inserted after the
 *     name (no layout shift beyond their own width); page text reaches them only
 *     through textContent.
 * The hosts carry data-asli-verdict / data-asli-entry (as the banner's does),
 * so tests can find them; nothing else of the verdict is on the page's side.
 *
 * Plain script: globalThis.AsliFeedMarks.start({send, wordsIn}); require()-able.
 */
(function (root) {
  'use strict';

  const MARK_TAG = 'asli-mark';
  const PANEL_TAG = 'asli-feed-panel';
  const BATCH_MAX = 40;
  const BATCH_WAIT_MS = 120;
  const SCAN_WAIT_MS = 120;
  const AHEAD = '800px 0px 800px 0px';
  const WARN = ['impersonation', 'suspicious'];

  const MARK_STYLE = `
:host { all: initial; }
button { all: initial; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; width: 16px; height: 16px; border-radius: 50%; cursor: pointer;
  font: 700 11px/1 system-ui, Arial, sans-serif; color: #fff; }
button:focus-visible { outline: 2px solid #1b74e4; outline-offset: 1px; }
.impersonation { background: #b3261e; }
.suspicious { background: #e0a100; color: #3d2900; }
.verified { background: #e8f5ec; color: #1d5e35; border: 1px solid #9fd2b0; cursor: default; }
`;
  const PANEL_STYLE = `
.panel { box-sizing: border-box; padding: 12px 14px; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.3); display: flex; gap: 10px; align-items: flex-start; }
.panel.impersonation { background: #b3261e; color: #fff; }
.panel.suspicious { background: #fff4d6; color: #4d3300; border: 2px solid #e0a100; }
.panel .text { flex: 1 1 auto; min-width: 0; }
`;

  function create(deps) {
    const { doc, Feed, Banner, send, wordsIn, base, now } = deps;
    const clock = now || (() => (root.performance ? root.performance.now() : Date.now()));
    const cache = new Map(); // key → {state: 'pending'|'done', result, withAvatar}
    const waiting = new Map(); // key → [{author, link}] to mark once the verdict is in
    const seen = new WeakSet(); // links observed or handled
    const marked = new WeakSet(); // links with a mark beside them
    let queue = new Map(); // key → author, the next batch
    let batchTimer = null;
    let scanTimer = null;
    let pendingRoots = [];
    let settings = { language: null, feedVerified: false };
    let panel = null;
    const stats = { scans: 0, linksSeen: 0, authorsJudged: 0, checksSent: 0, batches: 0, marks: 0, mainMs: 0 };

    const timed = (fn, phase) => (...args) => {
      const t0 = clock();
      try { return fn(...args); } finally { const d = clock() - t0; stats.mainMs += d; if (phase) stats[phase] = (stats[phase] || 0) + d; }
    };

    // The IntersectionObserver watches a window of WINDOW links at a time, in the order they were found
    // (the order of the feed): its cost on every frame of a scroll grows with the links it watches, and a
    // long feed holds hundreds. A link is let go when it comes near the viewport (judged), when the reader
    // has scrolled past it (judged too: the mark is there on the way back), or when it is not drawn at all.
    const WINDOW = 24;
    const queued = [];
    let watching = 0;
    const io = root.IntersectionObserver ? new root.IntersectionObserver(timed((entries) => {
      const here = base(); // once per callback: location.href is not free in a content script
      for (const e of entries) {
        const r = e.boundingClientRect;
        const hidden = !e.target.isConnected || (r.width === 0 && r.height === 0);
        const passed = !e.isIntersecting && e.rootBounds && r.bottom < e.rootBounds.top;
        if (!e.isIntersecting && !hidden && !passed) continue; // still ahead: keep watching
        io.unobserve(e.target);
        watching--;
        if (!hidden) consider(e.target, here);
      }
      fill();
    }, 'ioMs'), { rootMargin: AHEAD }) : null;

    function fill() {
      while (watching < WINDOW && queued.length) {
        const link = queued.shift();
        if (!link.isConnected) continue;
        io.observe(link);
        watching++;
      }
    }

    /** A new author link: judged now when no IntersectionObserver (tests), else when it nears the viewport. */
    function track(link) {
      if (seen.has(link)) return;
      seen.add(link);
      stats.linksSeen++;
      if (!io) { consider(link); return; }
      queued.push(link);
      fill();
    }

    function consider(link, here) {
      if (!link.isConnected) return;
      // An account already judged with its picture: its mark without reading the name and picture again.
      const quick = Feed.quickKey(link, here || base());
      if (!quick) return;
      const judged = cache.get(quick);
      if (judged && judged.state === 'done' && judged.author && (judged.withAvatar || judged.retried)) {
        show(link, judged.author, judged.result);
        return;
      }
      const author = Feed.authorOfLink(link, here || base());
      if (!author) return;
      const known = cache.get(author.key);
      if (known && known.state === 'done' && (known.withAvatar || !author.avatar_url)) {
        show(link, author, known.result);
        return;
      }
      if (!waiting.has(author.key)) waiting.set(author.key, []);
      waiting.get(author.key).push({ author, link });
      // pending, or done without a picture and now with one: asked (again, once) with the picture
      if (known && known.state === 'pending' && (known.withAvatar || !author.avatar_url)) return;
      if (known && known.state === 'done' && known.retried) { show(link, author, known.result); return; }
      cache.set(author.key, { state: 'pending', withAvatar: !!author.avatar_url, retried: !!known, result: known && known.result });
      queue.set(author.key, author);
      if (queue.size >= BATCH_MAX) flush();
      else if (!batchTimer) batchTimer = setTimeout(flush, BATCH_WAIT_MS);
    }

    function flush() {
      clearTimeout(batchTimer);
      batchTimer = null;
      if (!queue.size) return;
      const authors = [...queue.values()];
      queue = new Map();
      stats.batches++;
      stats.checksSent += authors.length;
      const items = authors.map((a) => ({ key: a.key, profile: Feed.profileOf(a) }));
      send({ type: 'asli/check-batch', items }).then(timed((res) => {
        if (!res || res.error || !res.results) throw new Error((res && res.error) || 'no answer');
        settings = { language: res.language || null, feedVerified: res.feedVerified === true };
        for (const a of authors) {
          const prev = cache.get(a.key) || {};
          const result = res.results[a.key] || { verdict: 'unknown', reasons: [] };
          if (prev.state === 'pending' && prev.withAvatar && !a.avatar_url) {
            // An answer without the picture while the question with it is on its way (a copied logo shows
            // only there): marks from what is known now, the links kept for the answer with the picture.
            for (const w of waiting.get(a.key) || []) show(w.link, w.author, result);
            continue;
          }
          cache.set(a.key, { state: 'done', result, withAvatar: prev.withAvatar, retried: prev.retried, author: { key: a.key, who: a.who, name: a.name } });
          stats.authorsJudged++;
          const list = waiting.get(a.key) || [];
          waiting.delete(a.key);
          for (const w of list) show(w.link, w.author, result);
        }
      }, 'answerMs')).catch(() => {
        for (const a of authors) { // the background restarting: forget, so the next sighting asks again
          cache.delete(a.key);
          waiting.delete(a.key);
        }
      });
    }

    function wanted(result) {
      if (!result) return null;
      if (WARN.includes(result.verdict)) return result.verdict;
      if (result.verdict === 'verified' && settings.feedVerified) return 'verified';
      return null;
    }

    function show(link, author, result) {
      const kind = wanted(result);
      if (!kind || marked.has(link) || !link.isConnected || !link.parentNode) return;
      marked.add(link);
      stats.marks++;
      wordsIn(settings.language).then(timed((words) => {
        if (!link.isConnected) return;
        toInsert.push([link, mark(kind, author, result, words)]);
        insertSoon();
      }, 'renderMs')).catch(() => marked.delete(link));
    }

    // Marks go into the page together, at most every INSERT_EVERY_MS, in an animation frame: each insertion
    // lays out its post again and walks the page's paint properties (a few ms on a long feed), so fewer,
    // larger insertions cost less. Marks are made 800 px ahead of the viewport: the reader does not wait.
    const INSERT_EVERY_MS = 250;
    let toInsert = [];
    let insertTimer = null;
    let lastInsert = -Infinity;
    const frame = (fn) => (root.requestAnimationFrame ? root.requestAnimationFrame(fn) : setTimeout(fn, 0));
    function insertSoon() {
      if (insertTimer) return;
      const wait = Math.max(0, lastInsert + INSERT_EVERY_MS - clock());
      insertTimer = setTimeout(() => frame(timed(insertNow, 'insertMs')), wait);
    }
    function insertNow() {
      insertTimer = null;
      lastInsert = clock();
      const batch = toInsert;
      toInsert = [];
      for (const [link, host] of batch) {
        if (link.isConnected) link.after(host);
        else marked.delete(link);
      }
    }

    // One style sheet for every mark (a <style> per mark when the browser cannot share one with a content script).
    let markSheet;
    function adoptStyle(shadow) {
      if (markSheet === undefined) {
        markSheet = null;
        try {
          const Sheet = (doc.defaultView && doc.defaultView.CSSStyleSheet) || root.CSSStyleSheet;
          const sheet = new Sheet();
          sheet.replaceSync(MARK_STYLE);
          markSheet = sheet;
        } catch (_) { /* no constructable style sheets here */ }
      }
      if (markSheet) {
        try {
          shadow.adoptedStyleSheets = [markSheet];
          return;
        } catch (_) { markSheet = null; }
      }
      const style = doc.createElement('style');
      style.textContent = MARK_STYLE;
      shadow.appendChild(style);
    }

    /** The mark's label, once per author and language (the banner's model is not free: names are measured in graphemes). */
    const labels = new Map();
    function labelOf(kind, author, result, words) {
      const k = `${author.key}|${words.lang}|${kind}`;
      if (!labels.has(k)) {
        const m = Banner.model(result, { lang: words.lang, pageName: author.name }, words.t);
        labels.set(k, kind === 'verified' ? Banner.plain(words.t, m.tooltip) : words.t('feed_mark_label', [m.entity]) || 'Asli');
      }
      return labels.get(k);
    }

    function mark(kind, author, result, words) {
      const host = doc.createElement(MARK_TAG);
      host.setAttribute('data-asli-verdict', kind);
      host.setAttribute('data-asli-entry', result.entry || '');
      host.setAttribute('style', 'all: initial !important; display: inline-block !important; width: 16px !important; height: 16px !important; ' +
        'margin: 0 4px !important; vertical-align: -2px !important; position: static !important;');
      const shadow = host.attachShadow({ mode: deps.shadowMode || 'closed' });
      adoptStyle(shadow);
      const button = doc.createElement('button');
      button.setAttribute('type', 'button');
      button.className = kind;
      button.textContent = kind === 'verified' ? '✓' : kind === 'impersonation' ? '!' : '?';
      const label = labelOf(kind, author, result, words);
      button.setAttribute('aria-label', label);
      button.setAttribute('title', label);
      shadow.appendChild(button);
      if (kind !== 'verified') {
        // the mark sits in the post header: its clicks are Asli's, not Facebook's
        for (const type of ['pointerdown', 'mousedown', 'mouseup']) host.addEventListener(type, (e) => e.stopPropagation());
        host.addEventListener('click', (e) => {
          e.preventDefault();
          e.stopPropagation();
          openPanel(host, author, result, words);
        });
      }
      return host;
    }

    function closePanel() {
      if (panel && panel.parentNode) panel.parentNode.removeChild(panel);
      panel = null;
    }

    /** The explanation beside the mark, in a closed shadow root on <html> (one at a time). */
    function openPanel(anchor, author, result, words) {
      closePanel();
      const m = Banner.model(result, { lang: words.lang, pageName: author.name }, words.t);
      if (!m) return null;
      const host = doc.createElement(PANEL_TAG);
      host.setAttribute('data-asli-verdict', m.kind);
      host.setAttribute('data-asli-entry', m.entryId);
      const r = anchor.getBoundingClientRect ? anchor.getBoundingClientRect() : { bottom: 0, left: 0 };
      const view = doc.defaultView || root;
      const width = Math.min(440, (view.innerWidth || 800) - 24);
      const left = Math.max(12, Math.min((r.left || 0) - 20, (view.innerWidth || 800) - width - 12));
      const top = Math.max(12, (r.bottom || 0) + 6);
      host.setAttribute('style', `all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important; top: ${top}px !important; left: ${left}px !important; width: ${width}px !important; max-height: calc(100vh - 24px) !important; overflow: auto !important;`);
      const shadow = host.attachShadow({ mode: deps.shadowMode || 'closed' });
      const style = doc.createElement('style');
      style.textContent = Banner.STYLE + PANEL_STYLE;
      shadow.appendChild(style);
      const wrap = doc.createElement('div');
      wrap.className = 'wrap';
      wrap.setAttribute('dir', words.dir === 'rtl' ? 'rtl' : 'ltr');
      if (words.lang) wrap.setAttribute('lang', String(words.lang).replace('_', '-'));
      const box = doc.createElement('div');
      box.className = `panel ${m.kind}`;
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-label', words.t('bannerLabel') || 'Asli');
      const page = { name: author.name, id: author.who.id, handle: author.who.handle };
      box.appendChild(Banner.explanation(doc, words.t, m, result, {
        lang: words.lang, pageName: author.name, page, authorLabel: true, locales: view.navigator && view.navigator.languages,
        copy: (text) => Banner.copyText(doc, shadow, text),
      }));
      const close = doc.createElement('button');
      close.className = 'x';
      close.setAttribute('type', 'button');
      close.setAttribute('aria-label', words.t('close') || 'Close');
      close.textContent = '×';
      close.addEventListener('click', closePanel);
      box.appendChild(close);
      wrap.appendChild(box);
      shadow.appendChild(wrap);
      for (const type of ['pointerdown', 'mousedown', 'click']) host.addEventListener(type, (e) => e.stopPropagation());
      (doc.documentElement || doc.body).appendChild(host);
      panel = host;
      // Below the mark when it fits, else above it, else on the roomier side, scrolling, never over the mark
      // (measured once drawn: on the reader's click only).
      const height = host.getBoundingClientRect ? host.getBoundingClientRect().height : 0;
      const below = (view.innerHeight || 600) - (r.bottom || 0) - 18;
      const above = (r.top || 0) - 18;
      if (height && height > below) {
        if (height <= above) host.style.setProperty('top', `${(r.top || 0) - height - 6}px`, 'important');
        else if (above > below) {
          host.style.setProperty('top', '12px', 'important');
          host.style.setProperty('max-height', `${above}px`, 'important');
        } else host.style.setProperty('max-height', `${Math.max(120, below)}px`, 'important');
      }
      // Keyboard readers land on the action they came for (Escape closes; the × follows it).
      const report = shadow.querySelector('a.report-page');
      if (report && report.focus) report.focus();
      return host;
    }

    function scanNow() {
      scanTimer = null;
      const roots = pendingRoots;
      pendingRoots = [];
      stats.scans++;
      for (const r of roots) {
        if (!r.isConnected && r !== doc) continue;
        if (r.matches && r.matches(Feed.AUTHOR_LINK)) track(r);
        if (r.querySelectorAll) for (const a of Feed.authorLinks(r)) track(a);
      }
    }

    function scanLater(node) {
      pendingRoots.push(node);
      if (!scanTimer) scanTimer = setTimeout(timed(scanNow, 'scanMs'), SCAN_WAIT_MS);
    }

    function start() {
      timed(() => { pendingRoots.push(doc); scanNow(); }, 'firstScanMs')();
      const Observer = root.MutationObserver || (doc.defaultView && doc.defaultView.MutationObserver);
      if (Observer) {
        new Observer(timed((records) => {
          for (const rec of records) {
            for (const n of rec.addedNodes) {
              if (n.nodeType !== 1) continue;
              const tag = n.localName;
              if (tag === MARK_TAG || tag === PANEL_TAG) continue;
              scanLater(n);
            }
          }
        }, 'mutationMs')).observe(doc.documentElement, { childList: true, subtree: true });
      }
      doc.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePanel(); }, true);
      doc.addEventListener('click', (e) => { if (panel && e.target !== panel) closePanel(); }, true);
    }

    return { start, track, consider, flush, insertNow, openPanel, closePanel, stats, cache };
  }

  /** Starts the marks on a feed host (www., web., m.facebook.com); returns the instance, or null. */
  function start({ send, wordsIn }) {
    const Feed = root.AsliFeedAdapter;
    const Banner = root.AsliBanner;
    if (!Feed || !Banner || !Feed.FEED_HOST.test(root.location.hostname)) return null;
    const marks = create({ doc: root.document, Feed, Banner, send, wordsIn, base: () => root.location.href });
    marks.start();
    root.__asliFeedStats = marks.stats; // the content script's own world: the page cannot see it
    return marks;
  }

  const api = { start, create, MARK_TAG, PANEL_TAG };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.AsliFeedMarks = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
