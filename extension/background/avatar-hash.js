// The avatar's PDQ hash (64 hex chars), or null when it cannot be computed.
//
// Seam for issue 4: fetch `url` (an fbcdn.net address the site adapter found;
// host permission already in the manifest), decode it with createImageBitmap
// + OffscreenCanvas, hand the RGBA to the engine, cache per URL. Until then
// every check runs without an avatar.

export async function avatarHash(url) {
  void url;
  return null;
}
