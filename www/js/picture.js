// A profile picture the reader picked, hashed with PDQ in the Wasm engine on
// this device (never uploaded): decoded and drawn as the extension draws a
// fetched avatar (ext/background/decode-picture.js), its RGBA handed to the
// engine's pdqHash.

import { decodeRgba } from '../ext/background/decode-picture.js';
import { pdqHash } from './site-engine.js';

/** Larger files are not profile pictures (a phone photo is a few MB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

async function rgbaOf(file) {
  if (!file || file.size > MAX_FILE_BYTES) throw new Error('picture: too large');
  return decodeRgba(file);
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
