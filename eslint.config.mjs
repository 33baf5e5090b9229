// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'crypto', 'stream', 'zlib', 'worker_threads'];

/** Where code runs decides what it may import: shared is pure, electron and renderer never import each other. */
export default tseslint.config(
  { ignores: ['.tsbuild/**', 'out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'warn',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is pure: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'lexical', '@lexical/*'], message: 'shared/ is pure: no UI libraries.' },
          { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: storage lives in renderer/db.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ never imports electron/ or renderer/.' },
          { group: ['jsdom', 'linkedom'], message: 'shared/ takes the Document it is given.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ takes the Document it is given.' },
        { name: 'document', message: 'shared/ takes the Document it is given.' },
        { name: 'navigator', message: 'shared/ is pure.' },
        { name: 'localStorage', message: 'shared/ is pure.' },
        { name: 'indexedDB', message: 'shared/ is pure.' },
        { name: 'DOMParser', message: 'shared/ takes the Document it is given.' },
        { name: 'process', message: 'shared/ is pure.' },
        { name: 'Buffer', message: 'shared/ is pure.' },
        { name: 'require', message: 'shared/ is pure.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'renderer/ reaches main only through window.dossier.' },
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          { group: ['dexie', 'dexie-*'], message: 'Only renderer/db imports dexie: use a repository through a hook.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node modules.' },
          { group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ reaches main only through window.dossier.' },
          { group: ['react', 'react-dom'], message: 'renderer/db is storage only; hooks live with their feature.' },
        ],
      }],
    },
  },
  {
    // Unit tests of renderer code run in Node (vitest): they may read fixtures from disk.
    files: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ never imports electron/.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'lexical', '@lexical/*', 'dexie', 'dexie-*'], message: 'electron/ has no UI or storage libraries.' },
          { group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' },
        ],
      }],
    },
  },
  {
    // electron-builder hooks (build/*.cjs) are CommonJS run by electron-builder's Node.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', '*.config.ts', '*.config.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Playwright fixtures with no dependencies are written `async ({}, use) => …`.
    rules: { 'no-empty-pattern': 'off' },
  },
);
