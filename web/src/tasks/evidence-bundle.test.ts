import { describe, expect, it } from 'vitest';
import { evidenceBundleHref } from './evidence-bundle';

describe('evidenceBundleHref', () => {
  it('names the tasks as a comma-separated list', () => {
    expect(evidenceBundleHref(['7', '12'])).toBe('/exports/evidence-bundle?tasks=7,12');
  });

  it('encodes each id, so a character such as & or # cannot end the list', () => {
    const href = evidenceBundleHref(['7', 'c&d', 'e#f']);
    expect(href).toBe('/exports/evidence-bundle?tasks=7,c%26d,e%23f');
    expect(new URL(href, 'http://custodian.test').searchParams.get('tasks')).toBe('7,c&d,e#f');
  });
});
