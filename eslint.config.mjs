// @ts-check
/**
 * Lint: TypeScript rules, and the one-way layout (README, "Architecture"):
 * the converter (scripts/ pipeline) and the site (src/ pages, components, lib,
 * integrations/) never import each other; both may import src/shared/; browser
 * code (src/client/) imports neither build side nor Node's modules. Tools that
 * drive both sides (build, serve, benchmarks, fuzzing, tests) are outside these layers.
 */
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/** Where each layer's files are. */
const CONVERTER = [
  'scripts/convert.ts',
  'scripts/check-content.ts',
  'scripts/pipeline/**',
  'scripts/content/**',
  'scripts/cross-year/**',
  'scripts/lib/**',
];
const SITE = [
  'src/pages/**',
  'src/components/**',
  'src/layouts/**',
  'src/lib/**',
  'src/utils/**',
  'src/content.config.ts',
  'integrations/**',
  'astro.config.mjs',
];
const CLIENT = ['src/client/**'];
const SHARED = ['src/shared/**', 'src/i18n/**'];
const TESTS = ['**/__tests__/**', '**/__e2e__/**'];

/**
 * An import rule for one layer: the module patterns it may not import, and why.
 * @param {string[]} files @param {string[]} patterns @param {string} message
 * @returns {import('typescript-eslint').ConfigWithExtends}
 */
const forbid = (files, patterns, message) => ({
  files,
  ignores: TESTS,
  rules: {
    'no-restricted-imports': [
      /** @type {const} */ ('error'),
      { patterns: [{ group: patterns, message }] },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', '.build/', '.generated/', '.astro/', 'node_modules/', 'tmp/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  forbid(
    CONVERTER,
    ['**/src/*', '!**/src/shared', '**/integrations/**'],
    'The converter writes .generated/ and never imports the site: move what both need to src/shared/.',
  ),
  forbid(
    SITE,
    ['**/scripts/**'],
    'The site reads .generated/ and never imports the converter: have the converter write the data, or move shared code to src/shared/.',
  ),
  forbid(
    CLIENT,
    [
      '**/scripts/**',
      '**/integrations/**',
      '**/lib/**',
      '**/pages/**',
      '**/components/**',
      '**/layouts/**',
      '**/utils/**',
      '**/shared/paths*',
      'node:*',
      'astro:*',
    ],
    'Browser code runs in the reader’s browser: it imports only src/client/, src/shared/ (not paths) and src/i18n/.',
  ),
  forbid(
    SHARED,
    [
      '**/scripts/**',
      '**/integrations/**',
      '**/lib/**',
      '**/pages/**',
      '**/components/**',
      '**/layouts/**',
      '**/client/**',
    ],
    'src/shared/ is imported by both sides and imports neither.',
  ),
);
