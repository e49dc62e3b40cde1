// Runs in Node. `lectern export --out DIR`: the same files as the app's "Export all notes…".
import { UsageError } from './usage-error.js';
import { backendForCli } from './backend-for-cli.js';

export async function runExport(options: { out?: string | undefined; library?: string | undefined; data?: string | undefined }): Promise<number> {
  if (!options.out) throw new UsageError('export needs --out DIR.');
  const backend = await backendForCli(options);
  try {
    const { warnings } = await backend.api.getAppInfo();
    for (const warning of warnings) console.error(`lectern: ${warning}`);
    const { files } = await backend.api.exportAll(options.out);
    for (const file of files) console.log(file);
    console.error(`Exported ${files.length} annotated article${files.length === 1 ? '' : 's'}.`);
    return 0;
  } finally {
    await backend.close();
  }
}
