// Runs in Node (CI): `npm run pack:check`. Packages the app with electron-builder exactly as
// `npm run dist` would, but for `--linux dir` and with a stand-in Electron binary (the real one
// cannot be downloaded here), then checks what would ship:
//   - electron-builder.yml loads and validates, and its files/extraResources patterns match out/;
//   - app.asar holds the built app and production dependencies only: no sources, tests, source
//     maps or dev dependencies;
//   - package.json's main entry is in the asar and every package the bundles import is there too;
//   - the bundled library ships beside the asar, byte-identical to seeds/.
// Not checked here (needs the real binary): flipping the Electron fuses, and starting the app.
import asar from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const work = await mkdtemp(path.join(os.tmpdir(), 'lectern-pack-'));
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};

try {
  // A stand-in for Electron's dist folder: electron-builder copies it and renames the binary.
  const fakeDist = path.join(work, 'electron-dist');
  await mkdir(fakeDist, { recursive: true });
  await writeFile(path.join(fakeDist, 'electron'), '#!/bin/sh\necho "stand-in Electron binary for pack:check"\n');
  await chmod(path.join(fakeDist, 'electron'), 0o755);
  await writeFile(path.join(fakeDist, 'version'), manifest.devDependencies.electron.replace(/^\D*/, ''));

  const config = parse(await readFile(path.join(root, 'electron-builder.yml'), 'utf8'));
  const output = path.join(work, 'release');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    // Fuses need the real binary's sentinel bytes; everything else is packaged as for release.
    config: { ...config, electronFuses: null, electronDist: fakeDist, directories: { ...config.directories, output } },
  });

  const resources = path.join(output, 'linux-unpacked', 'resources');
  const archive = path.join(resources, 'app.asar');
  const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  const has = (file) => files.includes(file);

  for (const required of ['/package.json', `/${manifest.main}`, '/out/electron/preload.cjs', '/out/renderer/index.html']) {
    check(has(required), `app.asar lacks ${required}`);
  }
  check(files.some((f) => /^\/out\/renderer\/assets\/.+\.js$/.test(f)), 'app.asar lacks the renderer script');
  check(files.some((f) => /\.woff2$/.test(f)), 'app.asar lacks the bundled fonts');
  const outside = files.filter((f) => !f.startsWith('/out') && !f.startsWith('/node_modules') && f !== '/package.json');
  check(outside.length === 0, `app.asar holds files outside out/ and node_modules/: ${outside.slice(0, 5).join(', ')}`);
  const sources = files.filter((f) => !f.startsWith('/node_modules') && /\.(tsx?|map)$/.test(f));
  check(sources.length === 0, `app.asar holds sources or source maps: ${sources.slice(0, 5).join(', ')}`);
  const ownTests = files.filter((f) => f.startsWith('/out') && /(\.test\.|\/tests?\/)/.test(f));
  check(ownTests.length === 0, `app.asar holds tests: ${ownTests.slice(0, 5).join(', ')}`);

  const topPackages = new Set(files.map((f) => f.match(/^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/)?.[1]).filter(Boolean));
  for (const dev of Object.keys(manifest.devDependencies)) check(!topPackages.has(dev), `app.asar holds the dev dependency ${dev}`);
  for (const dep of Object.keys(manifest.dependencies)) check(topPackages.has(dep), `app.asar lacks the dependency ${dep}`);

  /** Whether the file a package's subpath export ("tinyld/light") names for `require` is shipped. */
  const shipsSubpath = (name, subpath) => {
    const exported = JSON.parse(asar.extractFile(archive, `node_modules/${name}/package.json`).toString('utf8')).exports?.[`.${subpath}`];
    const target = typeof exported === 'string' ? exported : exported?.require ?? exported?.default;
    return typeof target === 'string' && has(path.posix.join(`/node_modules/${name}`, target));
  };

  // Every bare import left in the bundles must be Node, Electron, or a shipped package; so must each
  // package a bundle loads on first use (electron/backend/load-on-first-use.ts).
  let importsChecked = 0;
  for (const bundle of ['out/electron/main.js', 'out/electron/cli.js', 'out/electron/extract-worker.js', 'out/electron/search-worker.js']) {
    const code = asar.extractFile(archive, bundle).toString('utf8');
    const imported = [
      ...[...code.matchAll(/(?:^|\n)import\s[^'"]*?['"]([^'"./][^'"]*)['"]/g)].map((m) => m[1]),
      ...[...code.matchAll(/loadOnFirstUse\(["']([^'"./][^'"]*)["']\)/g)].map((m) => m[1]),
    ];
    importsChecked += new Set(imported).size;
    for (const specifier of new Set(imported)) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      const known = specifier.startsWith('node:') || builtinModules.includes(name) || name === 'electron' || topPackages.has(name);
      check(known, `${bundle} imports "${specifier}", which is not in app.asar`);
      if (known && topPackages.has(name) && specifier !== name) check(shipsSubpath(name, specifier.slice(name.length)), `${bundle} imports "${specifier}", whose file is not in app.asar`);
    }
  }

  const shippedSeeds = (await readdir(path.join(resources, 'seeds'))).sort();
  const seeds = (await readdir(path.join(root, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
  check(JSON.stringify(shippedSeeds) === JSON.stringify(seeds), `resources/seeds holds ${shippedSeeds.join(', ')}`);
  for (const seed of seeds) {
    const same = (await readFile(path.join(resources, 'seeds', seed))).equals(await readFile(path.join(root, 'seeds', seed)));
    check(same, `resources/seeds/${seed} differs from seeds/${seed}`);
  }

  check(importsChecked > 0, 'found no imports in the bundles: the import scan is broken');
  console.log(`pack:check: app.asar holds ${files.length} entries (${topPackages.size} packages); ${importsChecked} bundle imports resolved; ${problems.length} problem(s).`);
  for (const problem of problems) console.error(`pack:check: ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}

