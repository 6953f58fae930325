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
    for (const size of ['-1', '1.5', 'lots', '1e3', '2147483648', '9007199254740993']) {
      expect(() => loadConfig({ CUSTODIAN_SOURCE_CACHE_MB: size })).toThrow(
        `CUSTODIAN_SOURCE_CACHE_MB must be a whole number from 0 to 2147483647, got "${size}"`,
      );
    }
    // The largest allowed size is still an exact number of bytes.
    expect(Number.isSafeInteger(loadConfig({ CUSTODIAN_SOURCE_CACHE_MB: '2147483647' }).sourceCacheBytes)).toBe(true);
  });

  it('refuses a setting a timer waits on beyond what a Node timer can wait, which would fire at once', () => {
    // 2^31 - 1 ms is the longest a timer waits; 24 days and a bit.
    expect(loadConfig({ CUSTODIAN_RETENTION_INTERVAL_SECONDS: '2147483' }).retentionIntervalSeconds).toBe(2147483);
    const cases: [string, string][] = [
      ['CUSTODIAN_RETENTION_INTERVAL_SECONDS', 'from 1 to 2147483'],
      ['CUSTODIAN_EXPORT_TIMEOUT_SECONDS', 'from 10 to 2147483'],
      ['CUSTODIAN_HEARTBEAT_TIMEOUT_SECONDS', 'from 5 to 2147483'],
      ['CUSTODIAN_SHUTDOWN_GRACE_SECONDS', 'from 0 to 2147483'],
      ['CUSTODIAN_CREDENTIAL_RECHECK_SECONDS', 'from 1 to 2147483'],
      ['CUSTODIAN_SIGN_IN_WINDOW_SECONDS', 'from 1 to 2147483'],
      ['CUSTODIAN_SIGN_IN_MAX_DELAY_SECONDS', 'from 1 to 2147483'],
      ['CUSTODIAN_AUDIT_CHECKPOINT_MINUTES', 'from 1 to 35791'],
    ];
    for (const [name, range] of cases) {
      expect(() => loadConfig({ [name]: '2592000000' }), name).toThrow(`${name} must be a whole number ${range}, got "2592000000"`);
    }
  });

  it('refuses a port that is not one', () => {
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be a whole number from 0 to 65535, got "70000"');
    expect(() => loadConfig({ CUSTODIAN_EMBEDDED_PG_PORT: '65536' })).toThrow('CUSTODIAN_EMBEDDED_PG_PORT must be a whole number from 1 to 65535');
  });

  it('takes uploads of at most 5 GiB with a bucket, which copies an upload to its key in one request, and larger ones in a folder', () => {
    const bucket = { CUSTODIAN_STORAGE: 's3://evidence/site-a' };
    expect(loadConfig({ ...bucket, CUSTODIAN_MAX_UPLOAD_MB: '5120' }).maxUploadBytes).toBe(5 * 1024 ** 3);
    expect(() => loadConfig({ ...bucket, CUSTODIAN_MAX_UPLOAD_MB: '5121' })).toThrow(
      'CUSTODIAN_MAX_UPLOAD_MB is at most 5120 when CUSTODIAN_STORAGE is a bucket (the most S3 copies in one request), got "5121"',
    );
    expect(loadConfig({ CUSTODIAN_MAX_UPLOAD_MB: '20000' }).maxUploadBytes).toBe(20000 * 1024 * 1024);
  });

  it('signs bucket addresses for downloads only with a bucket, for at most an hour, and none by default', () => {
    const bucket = { CUSTODIAN_STORAGE: 's3://evidence/site-a' };
    expect(loadConfig(bucket).downloadUrlSeconds).toBe(0);
    expect(loadConfig({ ...bucket, CUSTODIAN_S3_DOWNLOAD_URL_SECONDS: '3600' }).downloadUrlSeconds).toBe(3600);
    expect(() => loadConfig({ ...bucket, CUSTODIAN_S3_DOWNLOAD_URL_SECONDS: '3601' })).toThrow(
      'CUSTODIAN_S3_DOWNLOAD_URL_SECONDS must be a whole number from 0 to 3600, got "3601"',
    );
    expect(loadConfig({ CUSTODIAN_S3_DOWNLOAD_URL_SECONDS: '0' }).downloadUrlSeconds).toBe(0);
    expect(() => loadConfig({ CUSTODIAN_S3_DOWNLOAD_URL_SECONDS: '60' })).toThrow(
      'CUSTODIAN_S3_DOWNLOAD_URL_SECONDS needs CUSTODIAN_STORAGE to be a bucket (s3://bucket/prefix), got "60" with files',
    );
  });
});
