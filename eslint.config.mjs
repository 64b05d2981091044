// ESLint (flat config) for the project's JavaScript: the extension (background
// and pages are ES modules; content scripts, the banner, locale-messages and common/report.js are
// plain scripts, also require()-able by the unit tests), its unit tests and the
// e2e tests (CommonJS under node), scripts/lib and the tools' .mjs files.
// `npx eslint .` (scripts/test runs it as its own step). The built dist/ and
// the wasm-bindgen output are not ours to lint.
import js from '@eslint/js';
import globals from 'globals';

const webext = { chrome: 'readonly', browser: 'readonly' };

export default [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'fuzz/**', 'extension/wasm/**', '**/asli_wasm*.js'] },
  js.configs.recommended,
  {
    rules: {
      // `catch (_)` and unused trailing arguments of callbacks say "deliberately ignored".
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-control-regex': 'off', // control characters are matched on purpose (labels, bidi controls)
      'no-misleading-character-class': 'off', // Arabic and combining marks in character classes, on purpose
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    files: ['extension/background/**/*.js', 'extension/common/**/*.js', 'extension/ui/options.js', 'extension/ui/popup.js', 'extension/ui/ui-i18n.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, ...globals.serviceworker, ...webext } },
  },
  {
    files: ['extension/content/**/*.js', 'extension/ui/banner.js', 'extension/ui/locale-messages.js', 'extension/common/report.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, ...webext, module: 'writable', require: 'readonly' } },
  },
  {
    // Node, plus the browser's globals for the functions they hand to page.evaluate().
    files: ['extension/tests/**/*.js', 'tests/e2e/**/*.js', 'scripts/lib/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.browser, ...globals.node, ...webext } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  },
];
