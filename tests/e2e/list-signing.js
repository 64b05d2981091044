// Signs list bytes with the committed TEST key (tests/keys/test.key, which
// protects nothing: tests/keys/README.md) in the format of src/list/sign.rs,
// so an e2e test can serve any update, good or bad, with a valid signature.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const KEYS = path.resolve(__dirname, '../keys');
const line = (file, tag) => {
  const m = new RegExp(`^${tag}:([A-Za-z0-9+/=]+)$`, 'm').exec(fs.readFileSync(path.join(KEYS, file), 'utf8'));
  if (!m) throw new Error(`${file}: no ${tag} line`);
  return m[1];
};
const SEED = Buffer.from(line('test.key', 'asli-ed25519-secret'), 'base64');
const PUBLIC_B64 = line('test.pub', 'asli-ed25519-public');
/** The public-key line a subscriber pins. */
const PUBLIC = `asli-ed25519-public:${PUBLIC_B64}`;
// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410).
const PRIVATE = crypto.createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), SEED]), format: 'der', type: 'pkcs8',
});

/** The detached signature file's text for `bytes`. */
function sign(bytes) {
  const sig = crypto.sign(null, Buffer.from(bytes), PRIVATE).toString('base64');
  return `# Asli detached signature (Ed25519) over the exact bytes of the list file\n${PUBLIC}\nasli-ed25519-signature:${sig}\n`;
}

module.exports = { PUBLIC, sign };
