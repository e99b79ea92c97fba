// ESLint flat config. Besides style, it enforces the runtime boundaries (docs/architecture.md): shared/ imports nothing
// of electron, node, vue or the DOM; the renderer never imports electron or node; electron is imported only in
// electron/. Inside the renderer, its folders form layers (renderer/README.md): a folder imports only the layers below
// it, so no folder depends on another in a circle, a journey imports no other journey, and ui/ no store or API module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util'];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.stryker-tmp/**', 'reports/**', 'coverage/**',
      'test-results/**', 'playwright-report/**', '.cache/**',
      // Vite and electron-vite bundle a TypeScript config into such a file beside it for the time of a build (npm test
      // lints while it builds).
      '*.config.ts.*.mjs', '*.timestamp-*.mjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}', 'test/unit/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'vue', 'vue-*', 'pinia', '@vue/*', ...nodeBuiltins], message: 'shared/ is pure TypeScript: no electron, node or vue.' },
          { group: ['**/renderer/**', '**/backend/**', '**/electron/**'], message: 'shared/ must not depend on a runtime folder.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer is sandboxed: talk to the machine through the kiosk bridge.' },
          { group: ['**/backend/**', '**/electron/**'], message: 'The renderer reaches the back end over HTTP and main through the bridge.' },
        ],
      }],
    },
  },
  {
    files: ['backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'electron/*', '**/renderer/**', '**/electron/**'], message: 'The back end is a separate service.' }],
      }],
    },
  },

  // The renderer's layers, lowest first. Each may import only those listed for it (and itself); every journey
  // (features/<name>) only its own folder among the journeys.
  {
    files: ['renderer/src/**/*.{ts,vue}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.vue', '.js'] } },
      'boundaries/elements': [
        { type: 'keyboard', pattern: 'renderer/src/keyboard' },
        { type: 'ui', pattern: 'renderer/src/ui' },
        { type: 'api', pattern: 'renderer/src/api' },
        { type: 'kiosk', pattern: 'renderer/src/kiosk' },
        { type: 'app', pattern: 'renderer/src/app' },
        { type: 'forms', pattern: 'renderer/src/forms' },
        { type: 'layouts', pattern: 'renderer/src/layouts' },
        { type: 'feature', pattern: 'renderer/src/features/*', capture: ['name'] },
        { type: 'i18n', pattern: 'renderer/src/i18n' },
        { type: 'root', pattern: 'renderer/src/*.{ts,vue}', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        message: 'renderer/README.md: a folder imports only the layers below it; a journey imports no other journey.',
        policies: [
          { allow: { to: { module: { origin: ['external', 'core'] } } } },
          { from: { element: { type: 'ui' } }, allow: { to: { element: { types: { anyOf: ['keyboard'] } } } } },
          { from: { element: { type: 'kiosk' } }, allow: { to: { element: { types: { anyOf: ['keyboard', 'ui'] } } } } },
          { from: { element: { type: 'app' } }, allow: { to: { element: { types: { anyOf: ['api', 'kiosk'] } } } } },
          { from: { element: { type: 'forms' } }, allow: { to: { element: { types: { anyOf: ['keyboard', 'ui', 'api', 'kiosk'] } } } } },
          { from: { element: { type: 'layouts' } }, allow: { to: { element: { types: { anyOf: ['keyboard', 'ui', 'api', 'kiosk', 'app', 'forms'] } } } } },
          { from: { element: { type: 'feature' } }, allow: { to: { element: { types: { anyOf: ['keyboard', 'ui', 'api', 'kiosk', 'app', 'forms', 'layouts'] } } } } },
          { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } } },
          { from: { element: { type: 'i18n' } }, allow: { to: { element: { types: { anyOf: ['feature', 'kiosk', 'forms'] } } } } },
          { from: { element: { type: 'root' } }, allow: { to: { element: { types: { anyOf: ['keyboard', 'ui', 'api', 'kiosk', 'app', 'forms', 'layouts', 'feature', 'i18n', 'root'] } } } } },
        ],
      }],
    },
  },
);
