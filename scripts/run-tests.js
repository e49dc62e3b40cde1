// Runs in Node (test time). Node 20's test runner does not expand globs, so collect the files here:
//   unit: every *.test.ts beside the code in electron/, plus tests/unit/
//   e2e:  tests/e2e/ (browser and desktop end-to-end tests, one at a time: they share one machine)
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const suites = { unit: ['electron', 'tests/unit'], e2e: ['tests/e2e'] };
const suite = process.argv[2];
if (!(suite in suites)) {
  console.error(`usage: node scripts/run-tests.js ${Object.keys(suites).join('|')}`);
  process.exit(2);
}

async function testFiles(folder) {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

const files = (await Promise.all(suites[suite].map(testFiles))).flat().sort();
const concurrency = suite === 'e2e' ? ['--test-concurrency=1'] : [];
const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...concurrency, ...files], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
