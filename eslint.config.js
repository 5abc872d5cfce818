// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

// A web feature never imports another feature; only app/ composes them.
const features = readdirSync('src/web/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { name: 'ignores', ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'playwright-report/**'] },
  { name: 'js/recommended', ...js.configs.recommended },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, name: config.name ?? 'typescript-eslint' })),
  {
    name: 'typescript/project',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Fastify plugins and route handlers are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { name: 'js-files', files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    name: 'layers',
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/server', './src/web', './src/sandbox', './src/standard-books-sandbox'],
              message: 'shared/ is the contract: it imports nothing from either side.',
            },
            {
              target: './src/web',
              from: ['./src/server', './src/sandbox', './src/standard-books-sandbox'],
              message: 'The web app talks to the server only over HTTP.',
            },
            { target: './src/server', from: ['./src/web'], message: 'The server never imports web code.' },
            {
              target: './src/web/lib',
              from: ['./src/web/features', './src/web/app'],
              message: 'lib/ is below features/ and app/.',
            },
            { target: './src/web/features', from: ['./src/web/app'], message: 'features/ never imports app/.' },
            ...features.map((feature) => ({
              target: `./src/web/features/${feature}`,
              from: './src/web/features',
              except: [`./${feature}`],
              message: 'A feature never imports another feature; compose them in app/.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Test support lives in one place per side (src/server/testing, src/web/testing) and ships nowhere.
    name: 'no-test-support-in-production',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/server/testing/**', 'src/web/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/testing/*', '**/testing'], message: 'Production code never imports test support.' }],
        },
      ],
    },
  },
  {
    name: 'react',
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { name: 'jsx-a11y', files: ['src/web/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    name: 'jsx-a11y/overrides',
    files: ['src/web/**/*.tsx'],
    // The first field of a sign-in form may take focus: that is where every user starts typing.
    rules: { 'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }] },
  },
  ...pluginQuery.configs['flat/recommended-strict'].map((config) => ({ ...config, files: ['src/web/**/*.{ts,tsx}'] })),
  { name: 'playwright', files: ['e2e/**/*.ts'], ...playwright.configs['flat/recommended'] },
  { name: 'prettier', ...prettier },
);
