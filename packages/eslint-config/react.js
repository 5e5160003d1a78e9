// The shared config plus React's rules of hooks, for every workspace with React components (the
// storefront, the label printer's page, later the commerce admin). Both rules are errors: a hook
// called conditionally, or an effect that misses a dependency, is a bug that tests rarely catch.
import reactHooks from 'eslint-plugin-react-hooks';
import config from './index.js';

/** @type {import('typescript-eslint').ConfigArray} */
export default [
  ...config,
  {
    files: ['**/*.{js,jsx,mjs,ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
];
