// A picture's pixels for PDQ: decoded by the browser (createImageBitmap),
// drawn at most MAX_SIDE pixels on a side (avatar-core.js fitWithin) on an
// OffscreenCanvas (a document's canvas where there is none), read as RGBA.
// Shared by the background (avatars the page shows) and the public site
// (a picture the reader picks); both hand the RGBA to the Wasm engine.

import { fitWithin } from './avatar-core.js';

/** blob → {rgba, width, height}; throws on a picture the browser cannot decode. */
export async function decodeRgba(blob) {
  const bitmap = await createImageBitmap(blob);
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
