/** Where recordings and exports are kept, from CUSTODIAN_STORAGE. */
export type StorageSetting = { kind: 'file' } | { kind: 's3'; bucket: string; prefix: string; forcePathStyle: boolean };

/**
 * `file` (or unset): the data folder's recordings/ and exports/. `s3://bucket/prefix`: that
 * bucket, below that prefix; endpoint, region and credentials come from the AWS SDK's own
 * variables. Throws with the variable's name on anything else.
 */
export function parseStorageSetting(raw: string | undefined, forcePathStyle: boolean): StorageSetting {
  const value = raw?.trim();
  if (!value || value === 'file') return { kind: 'file' };
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(value);
  if (!match) throw new Error(`CUSTODIAN_STORAGE must be "file" or "s3://bucket/prefix", got "${value}"`);
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..'))
    throw new Error(`CUSTODIAN_STORAGE's prefix may not hold "." or ".." parts, got "${value}"`);
  return { kind: 's3', bucket: match[1]!, prefix: prefix ? `${prefix}/` : '', forcePathStyle };
}
