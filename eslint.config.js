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
    // Log lines and annotations go through src/github/log.ts, which runs them through the sanitiser.
    files: ['src/**/*.ts'],
    ignores: ['src/github/log.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='core'][property.name=/^(info|notice|warning|error|setFailed|debug)$/]",
        message: 'write log lines and annotations through log.* from src/github/log.ts (it sanitises them)',
      }],
    },
  },
);
