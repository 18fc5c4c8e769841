/**
 * Locating the public conformance corpora (GUIDE rule 10). They live in ../shared/corpora, beside the
 * repository, so a fresh clone has none: a suite over a missing corpus registers one skipped test that
 * says so, instead of failing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of ../shared/corpora (relative to the repository root), or null when it is absent. */
export function corporaDir(): string | null {
  const dir = path.resolve(repoRoot, '..', 'shared', 'corpora');
  return existsSync(dir) ? dir : null;
}

/** Absolute path of one corpus folder, or null when it (or the whole corpora folder) is absent. */
export function corpusDir(name: string): string | null {
  const base = corporaDir();
  if (base === null) return null;
  const dir = path.join(base, name);
  return existsSync(dir) ? dir : null;
}

const warned = new Set<string>();

/**
 * `describe` over one corpus: `fn` receives the corpus folder. When the folder is absent, a single
 * skipped test named "../shared/corpora/<name> not found: skipped" is registered and the same message
 * is printed once.
 */
export function describeCorpus(name: string, fn: (dir: string) => void): void {
  const dir = corpusDir(name);
  if (dir === null) {
    const message = `../shared/corpora/${name} not found: skipped`;
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(message);
    }
    it.skip(message, () => undefined);
    return;
  }
  describe(name, () => {
    fn(dir);
  });
}
