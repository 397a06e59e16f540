import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Boundaries from ARCHITECTURE-NOTES.md: each library is imported from one layer only. */
const boundary = (names, message) => names.map((name) => ({ name, message }));
const leafletBoundary = boundary(
  [
    'leaflet',
    'react-leaflet',
    '@geoman-io/leaflet-geoman-free',
    'leaflet.markercluster',
    'leaflet.heat',
    'pmtiles',
    'protomaps-leaflet',
  ],
  'Only src/adapters/leaflet imports Leaflet and the map libraries.',
);

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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is never turned into HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'User text is never turned into HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...boundary(['dexie', 'dexie-react-hooks'], 'Only src/db imports Dexie.'),
            ...boundary(
              ['cytoscape', 'react-cytoscapejs', 'cytoscape-edgehandles'],
              'Only src/adapters/cytoscape imports Cytoscape.',
            ),
            ...leafletBoundary,
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/cytoscape/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...boundary(['dexie', 'dexie-react-hooks'], 'Only src/db imports Dexie.'),
            ...leafletBoundary,
          ],
        },
      ],
    },
  },
  {
    files: ['src/adapters/leaflet/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...boundary(['dexie', 'dexie-react-hooks'], 'Only src/db imports Dexie.'),
            ...boundary(
              ['cytoscape', 'react-cytoscapejs', 'cytoscape-edgehandles'],
              'Only src/adapters/cytoscape imports Cytoscape.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'dexie*',
                'cytoscape*',
                'leaflet*',
                'react-leaflet',
                'zustand',
                '../db/*',
                '../commands/*',
                '../state/*',
              ],
              message: 'The domain core is pure TypeScript.',
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
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is never turned into HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'User text is never turned into HTML.',
        },
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
