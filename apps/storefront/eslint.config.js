import config from '@nguongoc/eslint-config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...config,
  { ignores: ['dist/**', 'public/**'] },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  reactHooks.configs['recommended-latest'],
  {
    // The Medusa SDK and the administrative units (which read a data file) are server-only:
    // a browser bundle must never hold the backend's address, its key or 3,321 communes.
    files: ['app/**/*.{ts,tsx}'],
    ignores: ['app/**/*.server.ts', 'app/entry.server.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@medusajs/js-sdk', message: 'Dùng trong *.server.ts / server modules only' },
            {
              name: '@nguongoc/vn-admin-units',
              message: 'Dùng trong *.server.ts / server modules only',
            },
          ],
        },
      ],
    },
  },
];
