import type { Locator } from '@playwright/test';

/**
 * The words of the matched elements that are split across two lines, as "word" entries: what a
 * column too narrow for its content looks like ("succee" / "ded"). A word is a run of characters
 * between spaces and hyphens, the places where a line may end anyway.
 */
export async function wordsSplitAcrossLines(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((nodes) => {
    const split: string[] = [];
    for (const node of nodes) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const match of (text.textContent ?? '').matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          // One box per line the word is drawn on.
          const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
          if (lines.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
}
