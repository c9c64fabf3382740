// @ts-check
/**
 * Lint: TypeScript rules, and the one-way layout (README, "Architecture"):
 * the converter (scripts/ pipeline) and the site (src/ pages, components, lib,
 * integrations/) never import each other; both may import src/shared/; browser
 * code (src/client/) imports neither build side nor Node's modules. Tools that
 * drive both sides (build, serve, benchmarks, fuzzing, tests) are outside these layers.
 */
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { util as prettierUtil } from 'prettier';

/** Prettier's line width, from its configuration: one number for formatter and linter. */
const PRINT_WIDTH = JSON.parse(
  readFileSync(new URL('.prettierrc.json', import.meta.url), 'utf8'),
).printWidth;

/**
 * No line wider than Prettier's width. Prettier cannot break comments, strings or
 * regular expressions, so they can stay wide after formatting; ESLint's max-len
 * counts a Chinese character as one column where Prettier (and the eye) counts
 * two, so the width is Prettier's own measure.
 * @type {import('eslint').Rule.RuleModule}
 */
const maxWidth = {
  meta: {
    type: 'layout',
    docs: { description: "Lines no wider than Prettier's printWidth, CJK counted as 2" },
    schema: [{ type: 'integer', minimum: 1 }],
    messages: {
      wide:
        'Line is {{width}} columns wide, more than {{max}} (CJK characters count 2): ' +
        'wrap the comment or split the string.',
    },
  },
  create(context) {
    const max = context.options[0] ?? PRINT_WIDTH;
    return {
      Program() {
        context.sourceCode.lines.forEach((text, i) => {
          const width = prettierUtil.getStringWidth(text);
          if (width <= max) return;
          context.report({
            loc: { start: { line: i + 1, column: 0 }, end: { line: i + 1, column: text.length } },
            messageId: 'wide',
            data: { width: String(width), max: String(max) },
          });
        });
      },
    };
  },
};

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
    plugins: { local: { rules: { 'max-width': maxWidth } } },
    rules: {
      'local/max-width': ['error', PRINT_WIDTH],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  forbid(
    CONVERTER,
    ['**/src/*', '!**/src/shared', '**/integrations/**'],
    'The converter writes .generated/ and never imports the site: move what both need to ' +
      'src/shared/.',
  ),
  forbid(
    SITE,
    ['**/scripts/**'],
    'The site reads .generated/ and never imports the converter: have the converter write ' +
      'the data, or move shared code to src/shared/.',
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
    'Browser code runs in the reader’s browser: it imports only src/client/, src/shared/ ' +
      '(not paths) and src/i18n/.',
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
