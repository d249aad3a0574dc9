// ESLint flat config: type-aware typescript-eslint, React hooks, TanStack Query, and the import zones (boundaries).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/**
 * The zones of the code (ARCHITECTURE.md). The first pattern that matches a file names its zone: a provider's
 * folder is a zone of its own (captured as `provider`), so one provider can never import another.
 */
const zones = [
  { type: 'demo-host', pattern: 'src/embed/demo-host' },
  { type: 'app', pattern: 'src/app' },
  { type: 'embed', pattern: 'src/embed' },
  { type: 'profile', pattern: 'src/profile' },
  { type: 'forms', pattern: 'src/forms' },
  { type: 'api', pattern: 'src/api' },
  { type: 'config', pattern: 'src/config' },
  { type: 'sandbox', pattern: 'src/sandbox' },
  { type: 'testing', pattern: 'src/testing' },
  // The i18n layer: every area's messages and the locale shown; it imports no zone.
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'provider', pattern: 'src/providers/*', capture: ['provider'] },
  // The registry and the contract every provider fulfils (index.ts, registry.ts, types.ts, common-failures.ts).
  { type: 'providers', pattern: 'src/providers' },
  { type: 'e2e-kit', pattern: 'e2e/kit' },
  { type: 'e2e', pattern: 'e2e' },
  { type: 'public', pattern: 'public' },
].map((zone) => ({ ...zone, partialMatch: false }));

/** What each zone may import (besides itself and npm packages). Imports run one way. src/main.tsx (the boot) and
 * src/test-setup.ts are in no zone: they may import any. */
const allowed = {
  app: ['config', 'api', 'profile', 'forms', 'embed', 'providers', 'sandbox', 'i18n'],
  'demo-host': ['embed', 'providers', 'i18n'],
  embed: ['api', 'providers', 'public', 'i18n'],
  profile: ['api', 'forms', 'providers', 'i18n'],
  forms: ['i18n'],
  api: ['i18n'],
  config: ['i18n'],
  // The registry loads each provider's folder on demand; a provider sees only the shared layers.
  providers: ['api', 'forms', 'provider', 'i18n'],
  provider: ['api', 'forms', 'providers', 'i18n'],
  sandbox: ['config', 'providers', 'public', 'i18n'],
  testing: ['api', 'config', 'forms', 'profile', 'providers', 'sandbox', 'public', 'i18n'],
  i18n: [],
  // The QA kit speaks the embed protocol and the sandbox control surface; specs use the kit only.
  'e2e-kit': ['embed', 'sandbox'],
  e2e: ['e2e-kit'],
};

const message =
  'Imports run one way (ARCHITECTURE.md): {{from.element.type}} may not import {{to.element.type}} ({{to.element.path}}).';

/** The dependencies rule for the given zone permissions. */
const zoneRule = (permissions) => [
  'error',
  {
    default: 'disallow',
    message,
    policies: Object.entries(permissions).map(([from, to]) => ({
      from: { element: { type: from } },
      allow: to.map((type) => ({ to: { element: { type } } })),
    })),
  },
];

/** Tests may also use the test helpers (src/testing) and the sandbox's seed data (public/config.json). */
const forTests = Object.fromEntries(
  Object.entries(allowed).map(([from, to]) => [from, from === 'e2e' ? to : [...to, 'testing', 'public']]),
);
/** A provider's sandbox (its `sandbox*.ts` files) builds on the shared sandbox. */
const withSandbox = (permissions) => ({ ...permissions, provider: [...permissions.provider, 'sandbox'] });

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const PROVIDER_SANDBOX = ['src/providers/*/sandbox*.ts'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery, boundaries },
    settings: {
      'boundaries/elements': zones,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'boundaries/legacy-templates': false,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'boundaries/dependencies': zoneRule(allowed),
    },
  },
  { files: PROVIDER_SANDBOX, rules: { 'boundaries/dependencies': zoneRule(withSandbox(allowed)) } },
  { files: TESTS, rules: { 'boundaries/dependencies': zoneRule(forTests) } },
  {
    files: PROVIDER_SANDBOX.map((pattern) => pattern.replace(/\.ts$/, '.test.ts')),
    rules: { 'boundaries/dependencies': zoneRule(withSandbox(forTests)) },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
