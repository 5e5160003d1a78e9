import config from '@nguongoc/eslint-config';

export default [...config, { ignores: ['.medusa/**', 'src/modules/*/migrations/**'] }];
