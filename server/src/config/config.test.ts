import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('reads the password hash cost, and refuses one outside the bounds by name', () => {
    expect(loadConfig({}).passwordHashCost).toBe(65536);
    expect(loadConfig({ CUSTODIAN_PASSWORD_HASH_COST: '16384' }).passwordHashCost).toBe(16384);
    expect(() => loadConfig({ CUSTODIAN_PASSWORD_HASH_COST: '8192' })).toThrow(
      'CUSTODIAN_PASSWORD_HASH_COST must be a power of two from 16384 to 131072, got "8192"',
    );
    for (const cost of ['262144', '50000', '0']) expect(() => loadConfig({ CUSTODIAN_PASSWORD_HASH_COST: cost })).toThrow(/power of two/);
    expect(() => loadConfig({ CUSTODIAN_PASSWORD_HASH_COST: 'cheap' })).toThrow(/whole number/);
  });
});
