// ESLint flat config: type-aware typescript-eslint, React hooks, TanStack Query, and the one-way import rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/** Folders a module may not import from, by the folder it lives in (see ARCHITECTURE.md). */
const forbidden = {
  'src/api/**': [
    '**/profile/**',
    '**/forms/**',
    '**/providers/**',
    '**/app/**',
    '**/embed/**',
    '**/sandbox/**',
  ],
  'src/forms/**': ['**/profile/**', '**/providers/**', '**/app/**', '**/embed/**', '**/sandbox/**'],
  'src/profile/**': ['**/app/**', '**/embed/**', '**/sandbox/**', '**/providers/*/**'],
  'src/embed/**': ['**/app/**', '**/sandbox/**', '**/providers/*/**'],
  'src/config/**': ['**/profile/**', '**/forms/**', '**/providers/**', '**/app/**', '**/embed/**'],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  ...Object.entries(forbidden).map(([files, group]) => ({
    files: [files],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group, message: 'Imports run one way (ARCHITECTURE.md).' }] },
      ],
    },
  })),
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
