/**
 * The layers of src/, bottom first, as docs/architecture.md draws them: a
 * module may import from its own layer and from the layers below, never from
 * one above. Each entry names the folders (or files) that make up the layer.
 */
export const LAYERS: readonly { readonly name: string; readonly paths: readonly string[] }[] = [
  { name: 'foundation', paths: ['errors.ts', 'internal/'] },
  { name: 'codecs', paths: ['codecs/'] },
  { name: 'pdu', paths: ['pdu/'] },
  { name: 'text', paths: ['text/'] },
  { name: 'segments', paths: ['segments/'] },
  { name: 'binary', paths: ['binary/'] },
  { name: 'requests', paths: ['requests/'] },
  { name: 'bulk', paths: ['bulk/', 'preview/'] },
  { name: 'entries', paths: ['index.ts', 'legacy/', 'cli/', 'twin/'] },
];

/** The layer index of a path relative to src/ (`codecs/hex/to-hex.ts`), or -1 when no layer claims it. */
export function layerOf(path: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((layer, index) => {
    for (const prefix of layer.paths) {
      const matches = prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix;
      if (matches && prefix.length > bestLength) {
        best = index;
        bestLength = prefix.length;
      }
    }
  });
  return best;
}
