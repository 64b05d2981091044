// A profile picture the reader picked, hashed with PDQ in the Wasm engine on
// this device (never uploaded): decoded by the browser, drawn at most
// MAX_SIDE pixels on a side (ext/background/avatar-core.js, as the extension
// draws a fetched avatar), its RGBA handed to the engine's pdqHash.

import { fitWithin } from '../ext/background/avatar-core.js';
import { pdqHash } from './site-engine.js';

/** Larger files are not profile pictures (a phone photo is a few MB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

async function rgbaOf(file) {
  if (!file || file.size > MAX_FILE_BYTES) throw new Error('picture: too large');
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    if (!size) throw new Error('picture: empty');
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.width, size.height)
      : Object.assign(document.createElement('canvas'), size);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const { data } = ctx.getImageData(0, 0, size.width, size.height);
    return { rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), ...size };
  } finally {
    bitmap.close();
  }
}

/**
 * The picture's hashes as `profile.avatar_pdq` wants them (comma-separated,
 * all the robust hashes, as the extension sends them), or '' when the picture
 * is too plain to compare. Throws when the file is not a readable picture.
 */
export async function avatarPdq(file) {
  const { rgba, width, height } = await rgbaOf(file);
  const out = await pdqHash(rgba, width, height);
  if (!out || !out.usable) return '';
  return out.hashes.length ? out.hashes.join(',') : out.hash;
}
