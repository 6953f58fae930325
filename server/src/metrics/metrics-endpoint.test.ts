import { describe, expect, it } from 'vitest';
import { metricsAddress } from '../config/config.js';
import { OperationNames } from './graphql-observation.js';
import { carriesToken, startMetricsServer } from './metrics-endpoint.js';
import { requestIdOf } from './request-observation.js';

describe('metrics token', () => {
  it('accepts only the exact Bearer token', () => {
    expect(carriesToken('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(carriesToken('bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(carriesToken('Bearer s3cret-tokem', 's3cret-token')).toBe(false);
    expect(carriesToken('Bearer s3cret-token-and-more', 's3cret-token')).toBe(false);
    expect(carriesToken('s3cret-token', 's3cret-token')).toBe(false);
    expect(carriesToken('Basic s3cret-token', 's3cret-token')).toBe(false);
    expect(carriesToken(undefined, 's3cret-token')).toBe(false);
    expect(carriesToken('Bearer ', '')).toBe(false);
  });
});

describe('the separate metrics address', () => {
  it('reads host:port, [ipv6]:port and a port alone; refuses anything else', () => {
    expect(metricsAddress('127.0.0.1:9464')).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(metricsAddress('[::1]:9464')).toEqual({ host: '::1', port: 9464 });
    expect(metricsAddress('metrics.internal:9464')).toEqual({ host: 'metrics.internal', port: 9464 });
    expect(metricsAddress('9464')).toEqual({ host: undefined, port: 9464 });
    expect(metricsAddress(':9464')).toEqual({ host: undefined, port: 9464 });
    expect(metricsAddress(undefined)).toBeUndefined();
    for (const bad of ['127.0.0.1', '127.0.0.1:0', ':70000', 'http://x:1', 'a b:1']) expect(() => metricsAddress(bad)).toThrow(/CUSTODIAN_METRICS_ADDRESS/);
  });

  it('serves GET /metrics with the token, 401 without it, and nothing else', async () => {
    const lines: string[] = [];
    const server = await startMetricsServer({ token: 'scrape-token-123', address: { host: '127.0.0.1', port: 0 } }, (line) => lines.push(line));
    try {
      const url = `http://127.0.0.1:${server.port}`;
      const refused = await fetch(`${url}/metrics`, { headers: { Authorization: 'Bearer wrong' } });
      expect(refused.status).toBe(401);
      expect(await refused.text()).not.toContain('custodian_');
      expect((await fetch(`${url}/metrics`)).status).toBe(401);
      const ok = await fetch(`${url}/metrics`, { headers: { Authorization: 'Bearer scrape-token-123' } });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(await ok.text()).toContain('# TYPE custodian_export_duration_seconds histogram');
      expect((await fetch(`${url}/other`, { headers: { Authorization: 'Bearer scrape-token-123' } })).status).toBe(404);
      // The token is never written to the log.
      expect(lines.join('\n')).not.toContain('scrape-token-123');
    } finally {
      await server.stop();
    }
  });
});

describe('bounded labels', () => {
  it('gives operation names a series each up to the limit, then collapses', () => {
    const names = new OperationNames(2);
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
    expect(names.label('TasksPage_TaskUpdated')).toBe('TasksPage_TaskUpdated');
    expect(names.label('not a name')).toBe('other');
    expect(names.label('x'.repeat(101))).toBe('other');
    expect(names.label('Second')).toBe('Second');
    expect(names.label('Third')).toBe('other');
    expect(names.label('TasksPage_TaskUpdated')).toBe('TasksPage_TaskUpdated');
  });

  it('accepts a plain X-Request-Id and replaces anything else', () => {
    expect(requestIdOf('abc-123_def.4:5')).toBe('abc-123_def.4:5');
    for (const bad of [undefined, '', 'a'.repeat(129), 'has space', 'new\nline', 'é']) {
      const id = requestIdOf(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
