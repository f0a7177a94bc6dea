/** What the CLI needs from its surroundings, injectable so tests can run `main` in-process. */
import type { Linter } from '../engine/linter';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours are used only then). */
  stdoutIsTTY: boolean;
  /** The linter to run; the shipped one (every format and rule) when absent. */
  linter?: Linter;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
