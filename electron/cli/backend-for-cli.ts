// Runs in Node. The backend as the CLI's commands start it (no desktop host, no native dialogs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ROOT, BUNDLED_LIBRARY, defaultDataDir } from '../backend/paths.js';
import type { Backend } from '../backend/service/backend-options.js';
import { createBackend } from '../backend/service/create-backend.js';

export function appVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

export function backendForCli(options: { library?: string | undefined; data?: string | undefined }, openLibraryAtStart = false): Promise<Backend> {
  return createBackend({
    mode: 'browser',
    version: appVersion(),
    dataDir: options.data ? path.resolve(options.data) : defaultDataDir(),
    bundledLibrary: BUNDLED_LIBRARY,
    openLibraryAtStart,
    ...(options.library ? { libraryOverride: path.resolve(options.library) } : {}),
  });
}
