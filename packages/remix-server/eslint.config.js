import config from '@nguongoc/eslint-config';

export default config;
