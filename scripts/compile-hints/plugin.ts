import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with it is compiled whole while it
 * streams in, off the main thread, instead of function by function on the main thread as each is
 * first called. Other engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface Chunk { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[]; code: string; map: { mappings: string } | null }
interface Asset { type: 'asset'; fileName: string; source: string | Uint8Array }
type Bundle = Record<string, Chunk | Asset | { type: string }>;

const isChunk = (o: Bundle[string]): o is Chunk => o.type === 'chunk';

/** The chunks a first visit runs before anything is clicked: the entries and all they import statically. */
export function firstLoadChunks(bundle: Bundle): Chunk[] {
  const chunks = Object.values(bundle).filter(isChunk);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<Chunk>();
  const visit = (c: Chunk | undefined) => {
    if (!c || seen.has(c)) return;
    seen.add(c);
    for (const file of c.imports) visit(byFile.get(file));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return [...seen];
}

/** Puts the hint on top of the first load's chunks (lazy chunks are left to compile as they run); source maps move down a line. */
export function addCompileHints(bundle: Bundle): void {
  for (const chunk of firstLoadChunks(bundle)) {
    chunk.code = COMPILE_HINT + chunk.code;
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const map = bundle[`${chunk.fileName}.map`];
    if (map && map.type === 'asset') {
      const asset = map as Asset;
      const json = JSON.parse(typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)) as { mappings: string };
      json.mappings = `;${json.mappings}`;
      asset.source = JSON.stringify(json);
    }
  }
}

export function compileHintsForFirstLoad(): Plugin {
  return {
    name: 'compile-hints-for-first-load',
    apply: 'build',
    // After Vite's own generateBundle work, which puts its preload helper on top of some chunks.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle as unknown as Bundle);
      },
    },
  };
}
