/**
 * `hardenlint-ls`: the hardenlint language server. Transport flags are those of
 * vscode-languageserver: --stdio, --node-ipc, --socket=<port>, --pipe=<name>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeError } from './guard';
import { findPackageRoot } from './resources';
import { startServer } from './server';
import { attachChecklist } from '../checklist/server-feature';
import { isLintWorker, runLintWorker } from './background-lint';

const USAGE = `Usage: hardenlint-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The hardenlint language server: diagnostics and quick fixes for docker-compose,
nginx, PostgreSQL and Redis configuration, for any LSP client.`;

function packageVersion(root: string | undefined): string | undefined {
  if (!root) return undefined;
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const root = findPackageRoot(__dirname);
  const version = packageVersion(root);
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`${version ?? 'unknown'}\n`);
    process.exit(0);
  }
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (args.includes('--help') || args.includes('-h') || !args.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
  }

  const connection = createConnection(ProposedFeatures.all);
  // Last line of defence: log, never die (stdout may be the protocol stream, so use the connection).
  process.on('uncaughtException', (e) => connection.console.error(`uncaught exception: ${describeError(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${describeError(e)}`));
  attachChecklist(
    startServer(connection, { ...(root ? { packageRoot: root } : {}), ...(version ? { version } : {}), backgroundLintScript: __filename }),
  );
  connection.listen();
}

// The same file runs the background linter's worker thread (see background-lint.ts).
if (isLintWorker()) runLintWorker();
else main();
