import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Boundaries from ARCHITECTURE-NOTES.md, held by `no-restricted-imports` (README, "Layers").
 *
 * Libraries: each is imported from one layer only.
 */
const libraries = {
  dexie: {
    regex: '^dexie(-react-hooks)?(/|$)',
    message: 'Only src/db imports Dexie.',
  },
  cytoscape: {
    regex: '^(cytoscape|cytoscape-[^/]+|react-cytoscapejs)(/|$)',
    message: 'Only src/adapters/cytoscape imports Cytoscape.',
  },
  leaflet: {
    regex:
      '^(leaflet|leaflet\\.[^/]+|react-leaflet|@geoman-io/leaflet-geoman-free|pmtiles|protomaps-leaflet)(/|$)',
    message: 'Only src/adapters/leaflet imports Leaflet and the map libraries.',
  },
  reactAndZustand: {
    regex: '^(react|react-dom|zustand)(/|$)',
    message: 'This layer knows no UI: no React, no Zustand.',
  },
};

/**
 * Layers: the folders under src/ that a layer may not import. Imports are relative, so the pattern
 * is any number of `../` then the folder's name (no folder inside a layer shares a layer's name).
 * Dynamic `import()` is not checked by this rule: each lazily loaded part is loaded by its own
 * feature (BoardRoute, PackRoute, MapPane, ...), so no import() crosses a layer.
 */
const layers = ['domain', 'db', 'commands', 'state', 'ui', 'adapters', 'features', 'app'];
const layerRule = (name, { may, libs = [], extra = [] }) => {
  const banned = layers.filter((l) => l !== name && !may.includes(l));
  return [
    'error',
    {
      patterns: [
        ...libs.map((l) => libraries[l]),
        {
          regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
          message: `src/${name} may import only ${[name, ...may].map((l) => `src/${l}`).join(', ')}.`,
        },
        ...extra,
      ],
    },
  ];
};

/**
 * Features use each other only through a feature's index.ts, its public API. A file `depth` folders
 * inside its feature reaches another feature with exactly `depth` times `../`. No file is exempt:
 * each lazily loaded part is loaded inside its own feature, and the build keeps an index.ts from
 * dragging a feature's heavy parts into another chunk (vite.config.ts). The field definitions'
 * imports of records/fieldDefs carry an eslint-disable until they move with the record kinds.
 */
const otherFeatureInternals = (depth) => ({
  regex: `^(\\.\\./){${depth}}[^./][^/]*/(?!index(\\.ts)?$).+`,
  message: "Import another feature through its index.ts (its public API), e.g. '../people'.",
});
const featureRule = (depth) =>
  layerRule('features', {
    may: ['domain', 'db', 'commands', 'state', 'ui', 'adapters'],
    libs: ['dexie', 'cytoscape', 'leaflet'],
    extra: [otherFeatureInternals(depth)],
  });

/** User text is never turned into HTML (kept in every block that sets no-restricted-syntax). */
const noHtmlFromUserText = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'User text is never turned into HTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'User text is never turned into HTML.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'test-results-*',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...noHtmlFromUserText],
    },
  },
  {
    // Any file under src/ (each layer's block below narrows this): libraries stay at their layer,
    // and nothing imports the composition root.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libraries.dexie,
            libraries.cytoscape,
            libraries.leaflet,
            { regex: '^(\\.\\./)+app(/|$)', message: 'Only src/app imports src/app.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule('domain', {
        may: [],
        libs: ['dexie', 'cytoscape', 'leaflet', 'reactAndZustand'],
      }),
    },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule('db', { may: ['domain'], libs: ['cytoscape', 'leaflet'] }),
    },
  },
  {
    // The command bus reports saves through db/saveStatus, not a UI store.
    files: ['src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule('commands', {
        may: ['domain', 'db'],
        libs: ['dexie', 'cytoscape', 'leaflet', 'reactAndZustand'],
      }),
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': layerRule('state', {
        may: ['domain'],
        libs: ['dexie', 'cytoscape', 'leaflet'],
      }),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule('ui', {
        may: ['domain', 'state'],
        libs: ['dexie', 'cytoscape', 'leaflet'],
      }),
    },
  },
  {
    // Adapters turn records into drawings and gestures into typed intents; features act on those.
    files: ['src/adapters/cytoscape/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule('adapters', {
        may: ['domain'],
        libs: ['dexie', 'leaflet'],
        extra: [
          {
            regex: '^(\\.\\./)+leaflet(/|$)',
            message: 'The Cytoscape adapter does not use the Leaflet one.',
          },
          { regex: '^zustand(/|$)', message: 'Adapters emit intents; they hold no app state.' },
        ],
      }),
    },
  },
  {
    files: ['src/adapters/leaflet/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': layerRule('adapters', {
        may: ['domain'],
        libs: ['dexie', 'cytoscape'],
        extra: [
          {
            regex: '^(\\.\\./)+cytoscape(/|$)',
            message: 'The Leaflet adapter does not use the Cytoscape one.',
          },
          { regex: '^zustand(/|$)', message: 'Adapters emit intents; they hold no app state.' },
        ],
      }),
    },
  },
  // One block per depth inside a feature (none goes deeper than three folders; add one if it does).
  { files: ['src/features/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': featureRule(1) } },
  { files: ['src/features/*/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': featureRule(2) } },
  { files: ['src/features/*/*/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': featureRule(3) } },
  {
    // The composition root may import every layer, and a feature only through its index.ts.
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libraries.dexie,
            libraries.cytoscape,
            libraries.leaflet,
            {
              regex: '^\\.\\./features/[^/]+/(?!index(\\.ts)?$).+',
              message:
                "Import a feature through its index.ts (its public API), e.g. '../features/board'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Tests wait for what a user would notice, never for a length of time: a fixed pause is too short
  // on a busy machine and wasted on an idle one. Timing belongs in the benchmark (tests/bench).
  // This block's list replaces the project-wide no-restricted-syntax list for these files, so it
  // repeats the two HTML rules from above.
  {
    files: ['tests/**/*.{ts,tsx,js,mjs}'],
    ignores: ['tests/bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noHtmlFromUserText,
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message:
            'No fixed pauses in tests: wait for the condition instead (a locator assertion, expect.poll, toPass or page.waitForFunction).',
        },
        {
          selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout']",
          message:
            'No sleeping on a timer in tests: wait for the condition instead (waitFor / findBy* in Vitest, expect.poll or a locator assertion in Playwright), or use vi.useFakeTimers when the code under test runs on timers.',
        },
        {
          selector:
            "NewExpression[callee.name='Promise'] CallExpression[callee.property.name='setTimeout']",
          message:
            'No sleeping on a timer in tests: wait for the condition instead (waitFor / findBy* in Vitest, expect.poll or a locator assertion in Playwright), or use vi.useFakeTimers when the code under test runs on timers.',
        },
        {
          selector: 'ImportDeclaration[source.value=/^(node:)?timers.promises$/]',
          message: 'No sleeping on a timer in tests: wait for the condition instead.',
        },
        {
          selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
          message:
            'No wall-clock bounds in tests: how long something takes is measured by the benchmark (tests/bench).',
        },
      ],
    },
  },
);
