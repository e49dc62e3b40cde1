// Runs in Node. Entry point of `lectern` under plain Node (npm run lectern, out/electron/cli.js).
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
