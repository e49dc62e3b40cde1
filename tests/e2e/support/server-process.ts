// Runs in Node (tests). Starts browser mode as a real child process, the way a person would.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface ServerProcess {
  url: string;
  origin: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM and wait; SIGKILL when `hard` (a crash: nothing gets to clean up). */
  stop(hard?: boolean): Promise<void>;
}

/** Without `library`, the server opens the remembered folder (or the bundled one), as the app does.
 * `built` runs the bundled CLI from `out/` (as shipped, after `npm run build`) instead of the sources
 * through tsx, whose workers compile TypeScript as they start. */
export async function startServerProcess(options: { library?: string; data: string; built?: boolean }): Promise<ServerProcess> {
  const libraryArgs = options.library ? ['--library', options.library] : [];
  const entry = options.built ? ['out/electron/cli.js'] : ['--import', 'tsx', 'electron/cli/main.ts'];
  const child = spawn(
    process.execPath,
    // One V8 helper thread, as browser mode runs (SERVER_NODE_FLAGS in scripts/start.js).
    ['--v8-pool-size=1', ...entry, 'serve', ...libraryArgs, '--data', options.data, '--port', '0'],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/);
      if (match) resolve(match[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before printing its URL:\n${output}`)));
  });
  const parsed = new URL(url);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    child,
    async stop(hard = false) {
      if (child.exitCode === null && child.signalCode === null) child.kill(hard ? 'SIGKILL' : 'SIGTERM');
      await exited;
    },
  };
}
