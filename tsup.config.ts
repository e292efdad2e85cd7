import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * The CLI imports the library from its sources (`src/index.ts`,
 * `src/legacy/index.ts`); in dist/cli.js those imports become the built
 * entries beside it (`./index.js`, `./legacy.js`, `./twin.js`), so the command runs the
 * package as published, with one SmsHexError class, and loads iconv-lite
 * only when a legacy coding is asked for.
 */
const LIBRARY_ENTRIES: Readonly<Record<string, string>> = {
  [resolve('src/index.js')]: './index.js',
  [resolve('src/legacy/index.js')]: './legacy.js',
  [resolve('src/twin/index.js')]: './twin.js',
};
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-external',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) => {
      const built = LIBRARY_ENTRIES[resolve(args.resolveDir, args.path)];
      return built === undefined ? undefined : { path: built, external: true };
    });
  },
};

export default defineConfig([
  {
    // Three entries: the dependency-free core, smshex/legacy (iconv-lite), and smshex/twin (Node only: node:http).
    entry: { index: 'src/index.ts', legacy: 'src/legacy/index.ts', twin: 'src/twin/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Everything but the CLI, which the second build writes at the same time.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // Shared code (SmsHexError above all) goes into a chunk both entries load,
    // in CJS too, so an error from smshex/legacy is instanceof smshex's SmsHexError.
    splitting: true,
    // Runtime dependencies stay imports; only dist/legacy.* may import iconv-lite, only dist/twin.* node:*.
    external: ['iconv-lite', /^node:/],
  },
  {
    // The smshex executable: one ESM file for Node, its shebang kept (and made executable) by tsup.
    entry: { cli: 'src/cli/main.ts' },
    esbuildPlugins: [libraryAsExternal],
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
  },
]);
