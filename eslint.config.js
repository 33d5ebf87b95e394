// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import lingui from 'eslint-plugin-lingui';
import tseslint from 'typescript-eslint';

/** Client features: each may import itself, `components/`, `lib/` and shared, never another feature (HOUSE-STYLE rule 3). */
const features = readdirSync(`${import.meta.dirname}/client/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Imports each workspace may not make (HOUSE-STYLE boundaries, rule 1). */
const forbidden = {
  shared: ['@sanad/db', '@sanad/db/*', '@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
  db: ['@sanad/shared', '@sanad/shared/*', '@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
  server: ['@sanad/client', '@sanad/client/*'],
  client: ['@sanad/db', '@sanad/db/*', '@sanad/server', '@sanad/server/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'express'],
  e2e: ['@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
};

/** The server's layers (HOUSE-STYLE rules 5-8, ADR 015): routers reach only services; lib and services stay clear of HTTP. */
const serverZones = [
  {
    target: './server/src/modules/**/*.router.ts',
    from: './server/src/modules/**/*.repository.ts',
    message: 'A router reaches only services: ask the service for what the repository holds.',
  },
  {
    target: './server/src/lib',
    from: ['./server/src/modules', './server/src/http'],
    message: 'server/src/lib is below the modules and the HTTP layer: it imports neither.',
  },
  {
    target: './server/src/modules/**/!(*.router|*.test).ts',
    from: './server/src/http',
    message: 'Services, repositories and presenters know nothing of HTTP: only routers import server/src/http.',
  },
];

/** The one e2e file that may open the database; every spec goes through it. */
const E2E_DATABASE_HELPER = 'e2e/tests/support/database.ts';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'db/migrations/**', '**/test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'server/src/lib/extract/extract-worker.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // Data access returns promises by contract (a PostgreSQL driver can slot in), even where SQLite answers at once.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...Object.entries(forbidden).map(([workspace, patterns]) => ({
    files: [`${workspace}/**/*.{ts,tsx}`],
    ignores: workspace === 'e2e' ? [E2E_DATABASE_HELPER] : [],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: patterns, message: `The ${workspace} workspace may not import this (see docs/ARCHITECTURE.md).` },
            ...(workspace === 'e2e'
              ? [{ group: ['better-sqlite3', '@sanad/db', '@sanad/db/*'], message: `Browser tests reach the database only through ${E2E_DATABASE_HELPER}.` }]
              : []),
          ],
        },
      ],
    },
  })),
  {
    // Walls between the rooms, resolved as paths (CONTRIBUTING.md): no relative import into another workspace,
    // no import cycle, and no client feature importing another.
    files: ['{shared,db,server,client,e2e}/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-relative-packages': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
            target: `./client/src/features/${feature}`,
            from: './client/src/features',
            except: [`./${feature}`],
            message: 'A feature never imports another: move what both need down to client/src/components or client/src/lib.',
            })),
            ...serverZones,
          ],
        },
      ],
    },
  },
  {
    // Every word the interface shows comes from the catalogues (ADR 023): a string literal in JSX text, or in an
    // attribute people read (aria-label, title, placeholder, alt), is an error. Message ids, CSS classes, test ids,
    // URLs and other machine strings are not words. The bench-only <mark> peer shows article text only.
    // Components (.tsx) only: the .ts modules hold CSS, selectors and formats, whose strings are not words.
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx', 'client/src/bench/**'],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: [
            // Not words: punctuation, digits, symbols.
            '^[^A-Za-z\u0600-\u06FF]*$',
            // Message ids (namespace.name).
            '^[a-z][a-zA-Z]*\\.[\\w.]+$',
            // Lower-case machine strings: CSS classes, keys, MIME types, URLs; paths, selectors and custom properties.
            '^[a-z0-9][\\w./:@?#=&%+-]*$',
            '^[/\\[#._-]',
            '^[a-z]+\\[',
            // Keyboard keys.
            '^(Arrow|Key|Digit)[A-Za-z]+$',
            '^(Escape|Enter|Tab|Home|End|PageUp|PageDown|Backspace|Delete|Shift|Control|Meta|Alt)$',
          ],
          ignoreFunctions: ['t', 'i18n._', 'console.*', 'Error', 'setProperty', 'querySelector', 'querySelectorAll', 'closest', 'matches', 'addEventListener', 'removeEventListener', 'document.createElement'],
          ignoreNames: [
            { regex: { pattern: '^(\\w*[cC]lassName|testId|data-[\\w-]+|type|role|dir|lang|key|id|href|name|rel|autoComplete|inputMode|variant|tone|kind|as|target|method|side|align|htmlFor|accept|pattern|spellCheck|form|mode|to|src|value|enterKeyHint|translate|aria-(controls|describedby|labelledby|live|haspopup|current|owns|errormessage|hidden|orientation|sort|relevant|autocomplete))$' } },
            { regex: { pattern: '^[A-Z_]+$' } },
          ],
        },
      ],
    },
  },
  {
    // Tests read loosely typed JSON responses field by field.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'server/src/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Command-line entry points report to the terminal.
    files: ['server/src/index.ts', 'server/src/cli/**/*.ts', 'db/src/cli/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
