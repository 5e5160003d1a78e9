import { describe } from 'vitest';
import { nghean37 } from '../src/index.js';
import { connectorContract } from './contract/connector-contract.js';

describe('37nghean', () => {
  connectorContract(nghean37);
});
