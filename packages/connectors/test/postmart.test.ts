import { describe } from 'vitest';
import { postmart } from '../src/index.js';
import { connectorContract } from './contract/connector-contract.js';

describe('postmart', () => {
  connectorContract(postmart);
});
