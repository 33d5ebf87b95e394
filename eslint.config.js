// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports each workspace may not make (HOUSE-STYLE boundaries, rule 1). */
const forbidden = {
  shared: ['@sanad/db', '@sanad/db/*', '@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
  db: ['@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
  server: ['@sanad/client', '@sanad/client/*'],
  client: ['@sanad/db', '@sanad/db/*', '@sanad/server', '@sanad/server/*', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'express'],
  e2e: ['@sanad/server', '@sanad/server/*', '@sanad/client', '@sanad/client/*'],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'db/migrations/**', '**/test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
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
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: patterns, message: `The ${workspace} workspace may not import this (see docs/ARCHITECTURE.md).` }] },
      ],
    },
  })),
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
