import react from '@nguongoc/eslint-config/react';

// The shared rules with React's rules of hooks, which only React code can break: the admin's
// pages, widgets and components in src/admin.
export default [...react, { ignores: ['.medusa/**', 'src/modules/*/migrations/**'] }];
