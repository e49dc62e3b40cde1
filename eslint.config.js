// Lint: TypeScript rules plus the architecture's boundaries, so a wrong import fails CI.
//   - only the Electron shell (electron/main, electron/preload) imports `electron`;
//   - the renderer imports nothing from the backend, and only types from the contract;
//   - the backend, CLI and common code never import the renderer or the Electron shell.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'coverage/**', 'scripts/bench/tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/common/**', 'electron/backend/**', 'electron/cli/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only the Electron shell (electron/main, electron/preload) imports electron.' }],
          patterns: [
            { group: ['**/main/*', '**/preload/*'], message: 'Plain Node code must not depend on the Electron shell.' },
            { group: ['**/renderer/**'], message: 'The backend never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/common/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Common code runs everywhere: no electron.' }],
          patterns: [{ group: ['node:*', '**/backend/**', '**/cli/**'], message: 'Common code runs everywhere: no Node or backend imports.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the backend only through the API contract.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' },
            { group: ['**/electron/backend/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**'], message: 'The renderer imports only the contract.' },
            { group: ['**/electron/common/**'], allowTypeImports: true, message: 'The renderer imports only types from the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
