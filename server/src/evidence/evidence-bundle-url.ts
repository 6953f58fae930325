/** GET path of the evidence bundle of one or more export tasks. */
export const EVIDENCE_BUNDLE_PATH = '/exports/evidence-bundle';

export function evidenceBundleUrl(taskIds: string[]): string {
  return `${EVIDENCE_BUNDLE_PATH}?tasks=${taskIds.map(encodeURIComponent).join(',')}`;
}
