// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** machines/ is the pure decision core: no React, no i18n, nothing from the app. */
export const machinesBoundary = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'react/*',
        '@xstate/react',
        'i18next',
        'react-i18next',
      ],
      message: 'machines/ is pure logic: no React or i18next here (README, "Project layout").',
    },
    {
      group: ['@/*', '**/src/*', '**/src/**', '@locales/*', '**/locales/**'],
      message:
        'machines/ may not import from src/ or locales/: the app depends on the core, not the other way round.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'reports/', 'coverage/', 'docs/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware, so a deprecated API (a renamed xstate or React function, say) is flagged where
    // it is called, not found months later in a changelog. Types come from tsconfig.json.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The in-memory files tests/unit/lint-boundaries.test.ts lints: in no tsconfig.
          allowDefaultProject: ['machines/__fixture__.ts', 'src/__fixture__.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: { '@typescript-eslint/no-deprecated': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    // A module that exports a component exports only components, so Fast Refresh (npm run dev)
    // swaps it in place instead of reloading the page and losing the answers given so far.
    files: ['src/**/*.tsx'],
    extends: [reactRefresh.configs.vite],
  },
  {
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.strict],
  },
  {
    files: ['machines/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', machinesBoundary] },
  },
);
