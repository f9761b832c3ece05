import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import { z } from 'src/schema/z' so zod runs without eval (CSP)." },
            { name: 'webextension-polyfill', importNames: ['default'], message: "Import { browser } from 'wxt/browser'." },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not a React hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/schema/z.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure modules take `now`, `document` and data as parameters (DESIGN.md): no browser
    // APIs, no hidden clock.
    files: ['src/plans/**/*.ts', 'src/reminders/**/*.ts', 'src/carriers/**/*.ts', 'src/backup/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import { z } from 'src/schema/z'." },
            { name: 'wxt/browser', message: 'Pure modules do not touch browser APIs; take data as parameters.' },
            { name: 'webextension-polyfill', message: 'Pure modules do not touch browser APIs.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` as a parameter.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take `now` as a parameter.' },
      ],
    },
  },
);
