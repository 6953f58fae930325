import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The shape of server/src, checked: the folders form layers (no folder imports one that imports
 * it back), the composition root (app/) is imported by nobody but the entry points, the bottom
 * floors (media/, terminal/) know nothing of the database, the queue or GraphQL, and one module
 * writes export_tasks.
 */

const SRC = path.dirname(new URL(import.meta.url).pathname);

interface SourceFile {
  /** Relative to src, with forward slashes. */
  file: string;
  folder: string;
  text: string;
  /** Relative imports, resolved to paths relative to src. */
  imports: string[];
  packages: string[];
}

function sources(): SourceFile[] {
  const files = (fs.readdirSync(SRC, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));
  return files.map((file) => {
    const text = fs.readFileSync(path.join(SRC, file), 'utf8');
    // Static imports and re-exports, and modules loaded when needed (`await import('...')`).
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm)].map((m) => (m[1] ?? m[2])!);
    return {
      file,
      folder: file.includes('/') ? file.slice(0, file.indexOf('/')) : '.',
      text,
      imports: specifiers.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s))),
      packages: specifiers.filter((s) => !s.startsWith('.')),
    };
  });
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** The folder graph: which top-level folders each folder imports. */
function folderGraph(files: SourceFile[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const source of files) {
    if (source.folder === '.') continue;
    for (const target of source.imports) {
      const to = folderOf(target);
      if (to === source.folder || to === '.') continue;
      const edges = graph.get(source.folder) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${source.file} → ${target}`);
      graph.set(source.folder, edges);
    }
  }
  return graph;
}

/** The first cycle found, as the chain of imports that makes it, or null. */
function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (folder: string): string[] | null => {
    state.set(folder, 'open');
    stack.push(folder);
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        return loop.slice(1).map((to, i) => graph.get(loop[i]!)!.get(to)!);
      }
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of graph.keys()) {
    if (state.has(folder)) continue;
    const found = visit(folder);
    if (found) return found;
  }
  return null;
}

describe('the architecture of server/src', () => {
  const files = sources();

  it('has no circle of imports between its folders', () => {
    expect(findCycle(folderGraph(files)), 'a cycle of folder imports').toBeNull();
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['a', new Map([['b', 'a/x.ts → b/y.ts']])],
      ['b', new Map([['c', 'b/y.ts → c/z.ts']])],
      ['c', new Map([['a', 'c/z.ts → a/x.ts']])],
    ]);
    expect(findCycle(graph)).toEqual(['a/x.ts → b/y.ts', 'b/y.ts → c/z.ts', 'c/z.ts → a/x.ts']);
  });

  it('keeps the composition root at the top: only the entry points import app/', () => {
    const offenders = files.filter((f) => f.folder !== 'app' && f.folder !== '.' && f.imports.some((i) => folderOf(i) === 'app'));
    expect(offenders.map((f) => f.file)).toEqual([]);
  });

  it('keeps media and terminal work free of the database, the queue and GraphQL', () => {
    const forbidden = /^(@mikro-orm|pg|pg-boss|type-graphql|graphql|@apollo|express)(\/|$)/;
    const bottom = files.filter((f) => f.folder === 'media' || f.folder === 'terminal');
    const offenders = bottom.flatMap((f) => [
      ...f.packages.filter((p) => forbidden.test(p)).map((p) => `${f.file} imports ${p}`),
      ...f.imports.filter((i) => !['media', 'terminal', 'common'].includes(folderOf(i))).map((i) => `${f.file} imports ${i}`),
    ]);
    expect(offenders).toEqual([]);
  });

  it('writes export_tasks from the lifecycle module only', () => {
    const writes =
      /(update|insert\s+into|delete\s+from)\s+"?export_tasks\b|(nativeUpdate|nativeDelete|nativeInsert|create|upsert|persist|remove)\(\s*ExportTask\b/i;
    const writers = files.filter((f) => writes.test(f.text) && !f.file.startsWith('db/migrations/')).map((f) => f.file);
    expect(writers).toEqual(['exports/export-task-lifecycle.ts']);
  });
});
