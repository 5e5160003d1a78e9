import { describe } from 'vitest';
import { voso } from '../src/index.js';
import { connectorContract } from './contract/connector-contract.js';

describe('voso', () => {
  connectorContract(voso);
});
