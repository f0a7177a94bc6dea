/**
 * Runs the CLI in-process on temporary folders, with a linter limited to two
 * well-known compose rules so expected output does not move when rules are added.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../server/cli/main';
import { Linter } from '../../server/engine/linter';
import type { Rule } from '../../server/engine/types';
import { ALL_FORMATS } from '../../server/formats';
import noPrivileged from '../../rules/compose/no-privileged';
import readOnlyRootFilesystem from '../../rules/compose/read-only-root-filesystem';

/** The compiled entry point (server/cli/main.js in the build folder), for tests that spawn the CLI. */
export const CLI_SCRIPT = join(__dirname, '..', '..', 'server', 'cli', 'main.js');

export const testLinter = new Linter(ALL_FORMATS, [noPrivileged, readOnlyRootFilesystem] as Rule[]);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean; linter?: Linter },
): CliResult {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    linter: options.linter ?? testLinter,
  });
  return { code, stdout, stderr };
}

const created: string[] = [];
process.on('exit', () => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder (real path, so relative paths print predictably), removed at exit. */
export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'hardenlint-cli-')));
  created.push(dir);
  return dir;
}

/** Writes files (relative path → text or bytes) below `root`. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

export function read(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}

/** A compose file with one privileged service: two findings, both with preferred fixes. */
export const PRIVILEGED_COMPOSE = 'services:\n  web:\n    image: acme/web:1.27\n    privileged: true\n';
/** A compose file with no finding from the test linter. */
export const CLEAN_COMPOSE = 'services:\n  web:\n    image: acme/web:1.27\n    read_only: true\n';
