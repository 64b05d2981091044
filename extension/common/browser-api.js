// The one place that names the browser's extension API: Firefox's `browser`
// (promises everywhere), else Chrome's `chrome` (promises too in MV3). Every
// background module and extension page imports `ext` from here; nothing else
// reads globalThis.browser or globalThis.chrome.

/** The extension API of this browser, or undefined outside an extension (unit tests). */
export const ext = globalThis.browser ?? globalThis.chrome;

/** True in Firefox (its `browser` namespace), false in Chrome and Edge. */
export const isFirefox = typeof globalThis.browser !== 'undefined';

/**
 * Sends a runtime message and resolves with the answer; rejects with the
 * answer's `error` (the background's router answers {error} when a handler throws).
 */
export function sendMessage(message) {
  if (isFirefox) {
    return ext.runtime.sendMessage(message).then((res) => {
      if (res && res.error) throw new Error(res.error);
      return res;
    });
  }
  return new Promise((resolve, reject) => {
    ext.runtime.sendMessage(message, (res) => {
      const err = ext.runtime.lastError;
      if (err) reject(new Error(err.message));
      else if (res && res.error) reject(new Error(res.error));
      else resolve(res);
    });
  });
}
