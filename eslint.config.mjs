// One small rule set, enforced as errors (a rule that only warns is not a rule).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/__generated__/**', '**/node_modules/**', 'client/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in config.ts only (parsed once with zod).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ThrowStatement > NewExpression[callee.name='Error']",
          message: 'Throw a typed error (ApiError with an ErrorCode, or a module error class), never a bare Error.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // config.ts files are where the environment is read; tests, the test kit, and the process
    // launcher (which hands its environment on to the services it starts) may touch it too.
    files: ['**/config.ts', '**/*.test.ts', 'packages/test-kit/**', 'packages/platform/src/processes.ts', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
