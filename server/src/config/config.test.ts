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

  it('reads the source cache size in megabytes, 0 keeping none, and refuses a size that is not a whole number of them', () => {
    expect(loadConfig({}).sourceCacheBytes).toBe(4096 * 1024 * 1024);
    expect(loadConfig({ CUSTODIAN_SOURCE_CACHE_MB: '0' }).sourceCacheBytes).toBe(0);
    for (const size of ['-1', '1.5', 'lots']) {
      expect(() => loadConfig({ CUSTODIAN_SOURCE_CACHE_MB: size })).toThrow(`CUSTODIAN_SOURCE_CACHE_MB must be a whole number of at least 0, got "${size}"`);
    }
  });
});
