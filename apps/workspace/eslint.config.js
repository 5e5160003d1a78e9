import react from '@nguongoc/eslint-config/react';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default [
  ...react,
  { ignores: ['dist/**', 'public/**'] },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
];
