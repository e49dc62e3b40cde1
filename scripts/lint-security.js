// Runs in Node (CI): `npm run lint:security`. Doyensec's Electronegativity over the desktop app's
// code, failing on any finding not explained in security/electronegativity-allowlist.json.
//
// Two things make this stricter than running the tool by hand:
//  - Electronegativity always exits 0, so the SARIF it writes is counted here.
//  - Its parser (an old Babel) cannot read modern syntax such as #private class fields and then
//    silently checks nothing in that file. So the exact sources that ship (main, preload, renderer
//    page) are bundled for the scan down to ES2019, and any "Error parsing" fails the run.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const scanDir = await mkdtemp(path.join(os.tmpdir(), 'lectern-security-'));

try {
  // The scan only reads this code, never runs it, so import.meta being empty in CJS does not matter.
  const common = { bundle: true, platform: 'node', target: 'es2019', format: 'cjs', packages: 'external', logLevel: 'error' };
  await build({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(scanDir, 'main.js') });
  await build({ ...common, entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(scanDir, 'preload.js') });
  await copyFile(path.join(root, 'renderer/index.html'), path.join(scanDir, 'index.html'));

  const { version: electronVersion } = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'));
  const sarif = path.join(scanDir, 'results.sarif');
  const binary = path.join(root, 'node_modules/.bin/electronegativity');
  const { stdout, stderr } = await run(binary, ['-i', scanDir, '-o', sarif, '-r', '-v', 'false', '-e', electronVersion], { maxBuffer: 16 * 1024 * 1024 });
  const parseErrors = `${stdout}\n${stderr}`.split('\n').filter((line) => line.includes('Error parsing'));
  if (parseErrors.length > 0) {
    console.error(`lint:security: Electronegativity could not parse the code, so its checks would be empty:\n${parseErrors.join('\n')}`);
    process.exit(1);
  }

  const report = JSON.parse(await readFile(sarif, 'utf8'));
  const findings = report.runs.flatMap((r) => r.results ?? []).map((result) => ({
    ruleId: result.ruleId,
    file: path.basename(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
    line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: result.message?.text ?? '',
  }));
  const allowlist = JSON.parse(await readFile(path.join(root, 'security/electronegativity-allowlist.json'), 'utf8'));
  const explained = (f) => allowlist.some((a) => a.ruleId === f.ruleId && (!a.file || a.file === f.file));
  const unexplained = findings.filter((f) => !explained(f));

  for (const f of findings) console.log(`${explained(f) ? 'allowed ' : 'FINDING '} ${f.ruleId} ${f.file}:${f.line} ${f.message}`);
  console.log(`lint:security: ${findings.length} finding(s), ${findings.length - unexplained.length} explained in the allowlist, ${unexplained.length} unexplained.`);
  if (unexplained.length > 0) process.exit(1);
} finally {
  await rm(scanDir, { recursive: true, force: true });
}
