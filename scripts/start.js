#!/usr/bin/env node
// Runs in Node (`npm start`, after `npm run build`). Starts the desktop app, or browser mode when
// Electron's binary is not installed and cannot be downloaded (offline machines, locked-down CI).
//
// Usage: node scripts/start.js [-- extra arguments for Electron or for `lectern serve`]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const INSTALL_TIMEOUT_MS = 120_000;

/** `npm start -- --x` passes `--x` straight through; a literal `--` is accepted too. */
function extraArguments(argv) {
  const separator = argv.indexOf('--');
  return separator === -1 ? argv : argv.slice(separator + 1);
}

function electronPackageDir() {
  try {
    // package.json, not the package itself: electron/index.js starts a download when the binary is missing.
    return path.dirname(require.resolve('electron/package.json', { paths: [repo] }));
  } catch {
    return null;
  }
}

/** The binary's path, found the way electron/index.js finds it, or null when it is not there. */
function installedElectron(packageDir) {
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

function tryInstallElectron(packageDir) {
  const installer = path.join(packageDir, 'install.js');
  if (!existsSync(installer)) return null;
  console.log('Electron\'s binary is missing; trying to download it (this gives up after 2 minutes)…');
  // The installer's output is kept back: on an offline machine it is a long stack trace, and the one
  // line printed below says what matters. LECTERN_DEBUG=1 shows it.
  const result = spawnSync(process.execPath, [installer], {
    cwd: packageDir,
    stdio: process.env.LECTERN_DEBUG ? 'inherit' : ['ignore', 'ignore', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
  });
  if (result.error || result.status !== 0) return null;
  return installedElectron(packageDir);
}

function findElectron() {
  const packageDir = electronPackageDir();
  if (packageDir === null) return null;
  return installedElectron(packageDir) ?? tryInstallElectron(packageDir);
}

/** Runs the child with this terminal, passes signals on, and exits the way the child exits. */
function run(command, args, env) {
  const child = spawn(command, args, { cwd: repo, env, stdio: 'inherit', windowsHide: false });
  const forward = (signal) => {
    // Ctrl+C in a terminal already reaches the child (same process group), and npm relays it here
    // as well; passing it on again would make the child see a second, "force quit" interrupt.
    if (signal === 'SIGINT' && process.stdin.isTTY) return;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const signals = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);

  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const name of signals) process.off(name, forward);
    if (signal) {
      // Die of the same signal, so whoever started us sees what really happened.
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

/**
 * Browser mode's server runs with one V8 helper thread instead of four (`npm run serve` and the
 * tests' server do the same). While a library is first indexed, V8 compiles each worker's extractor
 * on its helper threads, at normal priority: four of them took the cores from the page as it loaded
 * (its first tasks went over 100 ms in some runs). With one, the page had fewer and shorter long
 * tasks in alternating runs, and indexing took as long (docs/benchmarks.md). Electron runs V8's
 * background work on Chromium's own threads; this is for plain Node.
 */
const SERVER_NODE_FLAGS = ['--v8-pool-size=1'];

const extra = extraArguments(process.argv.slice(2));
const electron = findElectron();

if (electron) {
  if (!existsSync(path.join(repo, 'out', 'electron', 'main.js'))) {
    console.error('Lectern is not built (out/electron/main.js is missing): run "npm run build" first.');
    process.exit(1);
  }
  // Inherited, this would make the binary behave as plain Node and never open a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, ['.', ...extra], env);
} else {
  console.log(
    'Electron is not installed here (its binary could not be downloaded); starting Lectern in browser mode instead.',
  );
  run(
    process.execPath,
    [...SERVER_NODE_FLAGS, '--import', 'tsx', path.join('electron', 'cli', 'main.ts'), 'serve', '--open', ...extra],
    process.env,
  );
}
