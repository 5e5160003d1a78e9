import react from '@nguongoc/eslint-config/react';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default [
  ...react,
  { ignores: ['dist/**', 'public/**'] },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // The Medusa SDK and the administrative units (which read a data file) are server-only:
    // a browser bundle must never hold the backend's address, its key or 3,321 communes. The
    // contracts' schemas (zod) are read on the server; the browser takes their types only.
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
            {
              name: '@nguongoc/contracts',
              message: 'Ngoài *.server.ts chỉ import type / outside server modules, types only',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
];
