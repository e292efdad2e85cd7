import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the dependency-free core, and smshex/legacy (iconv-lite).
  entry: { index: 'src/index.ts', legacy: 'src/legacy/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // Shared code (SmsHexError above all) goes into a chunk both entries load,
  // in CJS too, so an error from smshex/legacy is instanceof smshex's SmsHexError.
  splitting: true,
  // Runtime dependencies stay imports; only dist/legacy.* may import iconv-lite.
  external: ['iconv-lite'],
});
