// Runs in Node. `lectern serve`: browser mode, the whole app on 127.0.0.1 behind a token.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RENDERER_DIR } from '../backend/paths.js';
import { startServer } from '../backend/server/http-server.js';
import { backendForCli } from './backend-for-cli.js';
import { UsageError } from './usage-error.js';

export async function runServe(options: {
  library?: string | undefined;
  data?: string | undefined;
  port?: string | undefined;
  open: boolean;
}): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not "${options.port}".`);
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR} is missing): run "npm run build" first.`);
  }
  const backend = await backendForCli(options, true);
  const server = await startServer({ backend, rendererDir: RENDERER_DIR, port });
  console.log(`Lectern is running in browser mode at ${server.url}`);
  if (options.open) openInBrowser(server.url);

  await new Promise<void>((resolve) => {
    // `on`, not `once`: a second Ctrl+C while closing must not kill the process before notes are flushed.
    const stop = () => resolve();
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await backend.close();
  return 0;
}

/** Opens the system browser, only where there is a screen to open it on. */
function openInBrowser(url: string): void {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay) return;
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Open the URL above in your browser.'));
  child.unref();
}
