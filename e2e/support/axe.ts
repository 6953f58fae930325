import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core inside the page as it is now and fails on any violation, whatever its impact,
 * listing each one with the elements it found, so a failure says what to fix without a trace.
 * `context` names the page and state in the message ("Tasks page, dark").
 */
export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  // Only violations are reported in full: passes and undecided checks are not collected, which
  // keeps a run of every rule to about a second a page.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const report = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
  });
  expect(report, `axe found ${violations.length} violation(s)${context ? ` on ${context}` : ''} at ${page.url()}:\n${report.join('\n')}`).toEqual([]);
}
