// Writes the manifest for one browser from the single template
// extension/manifest.json:
//   chrome : background.service_worker (+ type module), no browser_specific_settings
//   firefox: background.scripts (+ type module), browser_specific_settings.gecko,
//            no key, storage.managed_schema or minimum_chrome_version (Chrome's own)
// usage: node scripts/lib/make-manifest.mjs chrome|firefox TEMPLATE OUT
import fs from 'node:fs';

const [browser, template, out] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(template, 'utf8'));
const worker = m.background.service_worker;
if (browser === 'chrome') {
  m.background = { service_worker: worker, type: 'module' };
  delete m.browser_specific_settings;
} else if (browser === 'firefox') {
  m.background = { scripts: [worker], type: 'module' };
  delete m.key; // Chrome's pinned extension id; Firefox uses browser_specific_settings.gecko.id
  delete m.storage; // managed_schema: Firefox reads policies.json "3rdparty" instead
  delete m.minimum_chrome_version;
} else {
  console.error(`unknown browser ${browser}`);
  process.exit(2);
}
fs.writeFileSync(out, JSON.stringify(m, null, 2) + '\n');
