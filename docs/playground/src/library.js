/**
 * The library as the page uses it: its own ESM build, bundled into the page
 * by scripts/build-playground.mjs.
 */
export * as smshex from '../../../dist/index.js';
