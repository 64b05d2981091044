/*
 * Asli content script: runs on Facebook pages, asks the site adapter who the
 * page claims to be, asks the background for a verdict, shows the banner.
 *
 * Facebook changes pages without reloading (pushState/popstate). A content
 * script lives in an isolated world and cannot hook the page's history calls,
 * so it notices a new address by a cheap poll of location.href, popstate, and
 * changes to <title>. On a new address the previous page's banner is removed
 * at once, and the page is read again once the app has rendered it (the DOM
 * is watched for a few seconds after each navigation: the header arrives late).
 *
 * The app redraws the header after the address changes: the header as it was
 * at the previous address is kept and handed to the adapter (`stale`), which
 * never reads a name or picture still equal to it with the new address. A
 * header whose name, picture or id changes later for the same address (the
 * picture often arrives after the name) is a new check: the poll compares the
 * header too, and the check key holds everything the check depends on.
 */
(function () {
  'use strict';
  const Adapter = globalThis.AsliFacebookAdapter;
  const Banner = globalThis.AsliBanner;
  if (!Adapter || !Banner || globalThis.__asliContentStarted) return;
  globalThis.__asliContentStarted = true;

  const POLL_MS = 250;
  const SETTLE_MS = 250;
  const WATCH_MS = 10000;

  const loadedHref = location.href;
  let lastHref = location.href;
  let lastKey;
  let lastHeader = null; // the header as last seen at lastHref
  let staleHeader = null; // the previous address's header, until this address's is drawn
  let seq = 0;
  let settleTimer = null;
  let domObserver = null;
  let watchUntil = 0;

  const i18n = chrome.i18n;
  // The browser's language: the language and direction of the messages it
  // actually picked (they can differ from @@ui_locale, e.g. when only
  // Accept-Language is Arabic).
  const browserWords = {
    t: (key, subs) => i18n.getMessage(key, subs),
    lang: i18n.getMessage('localeCode') || i18n.getUILanguage(),
    dir: (i18n.getMessage('localeDir') || i18n.getMessage('@@bidi_dir')) === 'rtl' ? 'rtl' : 'ltr',
  };
  const chosenWords = new Map();

  /** {t, lang, dir} in the language the reader or the policy chose (null: the browser's). */
  function wordsIn(language) {
    if (!language || !globalThis.AsliLocaleMessages) return Promise.resolve(browserWords);
    if (!chosenWords.has(language)) {
      chosenWords.set(language, send({ type: 'asli/messages', language }).then((res) => {
        if (!res || !res.messages) return browserWords;
        const messages = res.messages;
        return {
          t: globalThis.AsliLocaleMessages.translator(messages, browserWords.t),
          lang: messages.localeCode ? messages.localeCode.message : language,
          dir: messages.localeDir && messages.localeDir.message === 'rtl' ? 'rtl' : 'ltr',
        };
      }, () => browserWords));
    }
    return chosenWords.get(language);
  }

  function send(message) {
    return new Promise((resolve, reject) => {
      try {
        chrome.runtime.sendMessage(message, (response) => {
          const err = chrome.runtime.lastError;
          if (err) reject(new Error(err.message));
          else resolve(response);
        });
      } catch (e) {
        reject(e);
      }
    });
  }

  function headerNow() {
    try {
      return Adapter.readHeader(document, location.href);
    } catch (e) {
      return null;
    }
  }

  function check() {
    let read = null;
    try {
      read = Adapter.readProfile(document, location.href, loadedHref, { stale: staleHeader });
    } catch (e) {
      read = null;
    }
    lastHeader = headerNow();
    const key = Adapter.checkKey(read, location.pathname + location.search);
    if (key === lastKey) return;
    lastKey = key;
    const mine = ++seq;
    if (!read) {
      Banner.remove();
      send({ type: 'asli/clear', seq: mine }).catch(() => {}); // the toolbar badge too
      return;
    }
    const started = performance.now();
    ask(read).then(({ res, words }) => {
      if (mine !== seq) return; // the reader has moved on
      if (!res || res.error || !res.result || res.hidden) {
        Banner.remove();
        return;
      }
      const host = Banner.show(res.result, {
        ...words,
        pageName: read.profile.name,
        page: { name: read.profile.name, id: read.profile.id, handle: read.profile.handle },
        locales: navigator.languages,
        onHide: res.exceptionsAllowed === false ? null
          : () => send({ type: 'asli/hide', pageKey: read.key, entry: res.result.entry, verdict: res.result.verdict }).catch(() => {}),
      });
      if (host) {
        // How long one check took, message round trip included (read by the e2e timing test).
        host.setAttribute('data-asli-ms', (performance.now() - started).toFixed(2));
        if (res.timing) host.setAttribute('data-asli-engine-ms', Number(res.timing.engineMs).toFixed(3));
      }
    }, () => {
      if (mine === seq) lastKey = undefined; // background not ready (e.g. restarting): try again on the next change
    });
  }

  /** The background's verdict on `read`, and the words to show it in. */
  async function ask(read) {
    // `learn`: the picture is the header's own, on the page's root, read where the header agrees with the
    // address (the background learns a verified page's avatar only then).
    const res = await send({ type: 'asli/check', profile: read.profile, pageKey: read.key, learn: read.learnable === true, seq });
    const words = res && res.result && !res.hidden ? await wordsIn(res.language) : browserWords;
    return { res, words };
  }

  /** Debounced, but never starved: a page that keeps changing is still read within MAX_WAIT_MS. */
  const MAX_WAIT_MS = 1000;
  let pendingSince = 0;
  function schedule(ms) {
    clearTimeout(settleTimer);
    const now = Date.now();
    if (!pendingSince) pendingSince = now;
    const wait = Math.max(0, Math.min(ms, pendingSince + MAX_WAIT_MS - now));
    settleTimer = setTimeout(() => {
      pendingSince = 0;
      check();
    }, wait);
  }

  const OURS = /^asli-/;
  function onlyOurs(rec) {
    if (rec.type !== 'childList' || rec.removedNodes.length) return false;
    for (const n of rec.addedNodes) if (!(n.nodeType === 1 && OURS.test(n.localName))) return false;
    return rec.addedNodes.length > 0;
  }

  /** Watch the DOM for a while: the app renders the page header after the address changes. */
  function watchDom(ms) {
    watchUntil = Date.now() + ms;
    if (domObserver) return;
    domObserver = new MutationObserver((records) => {
      if (records.every(onlyOurs)) return; // the feed's marks and their explanation change no page header
      if (Date.now() > watchUntil) {
        domObserver.disconnect();
        domObserver = null;
        return;
      }
      schedule(SETTLE_MS);
    });
    domObserver.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function onMaybeNavigated() {
    if (location.href === lastHref) {
      // Same address: a header redrawn since the last check (name, picture) is a new check.
      const h = headerNow();
      if (h && lastHeader && (h.name !== lastHeader.name || h.avatar_url !== lastHeader.avatar_url || h.author !== lastHeader.author)) {
        lastHeader = h;
        schedule(SETTLE_MS);
      }
      return;
    }
    // The header on screen belongs to the previous address until the app redraws it.
    staleHeader = lastHeader ? { ...lastHeader, href: lastHref } : headerNow() && { ...headerNow(), href: lastHref };
    lastHref = location.href;
    // A new page: the previous page's verdict must not stay a moment longer.
    seq++;
    lastKey = undefined;
    Banner.remove();
    send({ type: 'asli/clear', seq }).catch(() => {}); // and the toolbar badge, until the new page is read
    schedule(SETTLE_MS);
    watchDom(WATCH_MS);
  }

  setInterval(onMaybeNavigated, POLL_MS);
  // Most in-app navigations follow a click: look right after it, not at the next poll.
  document.addEventListener('click', () => {
    setTimeout(onMaybeNavigated, 0);
    setTimeout(onMaybeNavigated, 60);
  }, { capture: true, passive: true });
  addEventListener('popstate', onMaybeNavigated);
  addEventListener('hashchange', onMaybeNavigated);
  const title = document.querySelector('title');
  if (title) new MutationObserver(onMaybeNavigated).observe(title, { childList: true, characterData: true, subtree: true });

  check();
  watchDom(WATCH_MS);

  // The feed: a mark beside each impersonating post author (feed-marks.js), on www., web. and m.
  if (globalThis.AsliFeedMarks) {
    try { globalThis.AsliFeedMarks.start({ send, wordsIn }); } catch (_) { /* the banner works without the marks */ }
  }
})();
