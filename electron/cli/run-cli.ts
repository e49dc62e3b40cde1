// Runs in Node (plain Node, or inside the packaged Electron binary). The `lectern` command line:
// index, export and serve, on the same modules as the app.
import { parseArgs } from 'node:util';
import { runBackup, runImport } from './backup-command.js';
import { runExport } from './export-command.js';
import { runIndex } from './index-command.js';
import { runServe } from './serve-command.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage:
  lectern index DIR [--json]
  lectern export --out DIR [--library DIR] [--data DIR] [--article ID]... [--combined | --per-article]
                 [--include-all | --annotated-only] [--template FILE | --no-template]
  lectern backup --out FILE [--data DIR]
  lectern import FILE [--data DIR]
  lectern serve [--library DIR] [--data DIR] [--port N] [--open]`;

/** The commands this command line knows: the desktop binary runs them instead of opening a window. */
export const CLI_COMMANDS: readonly string[] = ['index', 'export', 'backup', 'import', 'serve', 'help', '--help'];

async function dispatch(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      library: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      article: { type: 'string', multiple: true },
      combined: { type: 'boolean' },
      'per-article': { type: 'boolean' },
      'include-all': { type: 'boolean' },
      'annotated-only': { type: 'boolean' },
      template: { type: 'string' },
      'no-template': { type: 'boolean' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'index':
      return runIndex(positionals, values.json);
    case 'export':
      return runExport({
        out: values.out,
        library: values.library,
        data: values.data,
        articles: values.article,
        layout: values.combined ? 'combined' : values['per-article'] ? 'per-article' : undefined,
        includeUnannotated: values['include-all'] ? true : values['annotated-only'] ? false : undefined,
        template: values['no-template'] ? null : values.template,
      });
    case 'backup':
      return runBackup({ out: values.out, data: values.data });
    case 'import':
      return runImport(positionals, { data: values.data });
    case 'serve':
      return runServe({ library: values.library, data: values.data, port: values.port, open: values.open });
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  }
}

/** Runs one command line; resolves to the exit code, having printed errors to stderr. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`lectern: ${message}`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(USAGE);
      return 2;
    }
    return 1;
  }
}
