import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Log lines, annotations and the summary go through src/github/runner.ts, which runs them through the
    // sanitiser (src/report/sanitize.ts); the CLI writes through the guarded Io of src/cli/run.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/github/runner.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'use src/github/runner.ts: it sanitises what reaches the log' }] }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.object.name='process'][object.property.name=/^(stdout|stderr)$/][property.name='write']",
        message: 'write through src/github/runner.ts (the action) or the Io of src/cli/run.ts (the CLI): both sanitise',
      }],
    },
  },
);
