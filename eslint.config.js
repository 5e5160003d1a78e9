import config from '@nguongoc/eslint-config';

export default [...config, { ignores: ['packages/**', 'apps/**'] }];
