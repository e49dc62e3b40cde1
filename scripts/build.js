// Runs in Node (build time). Builds everything the app runs from, into out/:
//   out/renderer/          the Preact renderer (Vite)
//   out/electron/main.js   the Electron main process with the backend (esbuild, ESM)
//   out/electron/preload.cjs  the sandboxed preload (esbuild, one CommonJS file, as sandboxing requires)
//   out/electron/cli.js    the `lectern` command line (esbuild, ESM)
//   out/electron/extract-worker.js, search-worker.js  worker threads the backend starts (esbuild, ESM)
import { build as esbuild } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as vite } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');

await rm(out, { recursive: true, force: true });

await vite({
  root: path.join(root, 'renderer'),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(out, 'renderer'),
    emptyOutDir: true,
    // No inline scripts or data: fonts: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // LECTERN_NO_MINIFY=1 keeps names readable in CPU profiles (scripts/bench/ui-only.ts --profile).
    minify: process.env.LECTERN_NO_MINIFY ? false : 'oxc',
    target: 'chrome120',
  },
});

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Runtime dependencies stay in node_modules (electron-builder packs them); only our code is bundled.
  packages: 'external',
};

await Promise.all([
  esbuild({ ...node, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(out, 'electron/main.js'), format: 'esm' }),
  esbuild({ ...node, entryPoints: [path.join(root, 'electron/cli/main.ts')], outfile: path.join(out, 'electron/cli.js'), format: 'esm' }),
  // Workers are found beside the bundle that starts them (see worker-pool.ts).
  esbuild({ ...node, entryPoints: [path.join(root, 'electron/backend/indexer/extract-worker.ts')], outfile: path.join(out, 'electron/extract-worker.js'), format: 'esm' }),
  esbuild({ ...node, entryPoints: [path.join(root, 'electron/backend/search/search-worker.ts')], outfile: path.join(out, 'electron/search-worker.js'), format: 'esm' }),
  esbuild({
    ...node,
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(out, 'electron/preload.cjs'),
    format: 'cjs',
    packages: undefined,
    external: ['electron'],
  }),
]);

console.log('Built renderer, main, preload and CLI into out/.');
