import react from '@nguongoc/eslint-config/react';

// The React config (rules of hooks) for the whole workspace: web/ is the label page.
export default [...react, { ignores: ['dist/**'] }];
