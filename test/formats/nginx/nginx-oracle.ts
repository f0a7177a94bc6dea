/**
 * Runs Debian's nginx as the reference for the parser: `nginx -t` on a
 * throwaway prefix (pid, logs and sockets inside it; nothing keeps running).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkNginxDirectives } from '../../../server/formats/nginx';
import type { NginxFile } from '../../../server/formats/nginx';

export const NGINX = '/usr/sbin/nginx';

/** Fails (never skips) when the reference binary is missing. */
export function requireNginx(): void {
  if (!existsSync(NGINX)) {
    throw new Error(`${NGINX} not found: install Debian's nginx (apt-get install -y nginx-light or nginx) to run the differential tests`);
  }
}

export interface NginxRun {
  ok: boolean;
  output: string;
  /** The first [emerg] message, without its location. */
  error?: string;
  /** Where nginx reported the error. */
  errorFile?: string;
  errorLine?: number;
}

/** Messages of nginx's tokenizer and block parser (src/core/ngx_conf_file.c): syntax errors. */
const SYNTAX_ERRORS = [/^unexpected "/, /^unexpected end of file/, /^unexpected end of parameter/, /^too long parameter/];

export function isSyntaxError(run: NginxRun): boolean {
  return !run.ok && run.error !== undefined && SYNTAX_ERRORS.some((re) => re.test(run.error!));
}

export class NginxSandbox {
  readonly prefix = mkdtempSync(join(tmpdir(), 'hardenlint-nginx-'));
  private count = 0;

  /** Writes a file inside the prefix and returns its absolute path. */
  write(name: string, text: string): string {
    const path = join(this.prefix, name);
    writeFileSync(path, text);
    return path;
  }

  /** `nginx -t` on a main config file (absolute path). */
  test(configPath: string): NginxRun {
    const result = spawnSync(NGINX, ['-t', '-p', `${this.prefix}/`, '-c', configPath, '-e', 'stderr'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`;
    const run: NginxRun = { ok: result.status === 0, output };
    const emerg = /\[emerg\] \d+#\d+: ([\s\S]*?)(?: in (\S+):(\d+))?\n/.exec(output);
    if (emerg) {
      run.error = emerg[1]!;
      if (emerg[2]) run.errorFile = emerg[2];
      if (emerg[3]) run.errorLine = Number(emerg[3]);
    }
    return run;
  }

  /**
   * Tests `text` placed at `level`: the skeleton includes the file, so nginx
   * reads it byte for byte and reports lines of the file itself.
   */
  testAt(text: string, level: 'main' | 'http' | 'server' | 'location'): NginxRun & { path: string } {
    const path = this.write(`case-${++this.count}.conf`, text);
    const include = `include ${path};`;
    const socket = `listen unix:${join(this.prefix, `s${this.count}.sock`)};`;
    const skeleton = {
      main: `pid ${this.prefix}/nginx.pid;\n${include}\n`,
      http: `pid ${this.prefix}/nginx.pid;\nevents {}\nhttp {\n${include}\n}\n`,
      server: `pid ${this.prefix}/nginx.pid;\nevents {}\nhttp {\nserver {\n${socket}\n${include}\n}\n}\n`,
      location: `pid ${this.prefix}/nginx.pid;\nevents {}\nhttp {\nserver {\n${socket}\nlocation / {\n${include}\n}\n}\n}\n`,
    }[level];
    return { ...this.test(this.write(`main-${this.count}.conf`, skeleton)), path };
  }

  dispose(): void {
    rmSync(this.prefix, { recursive: true, force: true });
  }
}

/**
 * nginx's own tokens for every statement of a parsed file. Each statement's
 * text as we delimit it (a directive up to its `;`, or a block directive's
 * header before `{`) is written twice into a `types {}` block; nginx then warns
 * about every argument of the second copy as a duplicate extension, echoing
 * the name and each argument (ASCII-lowercased) as its own tokenizer read
 * them. `expectedEcho` predicts those warnings from our tree.
 */
export function echoConfig(text: string, file: NginxFile): { config: string; statements: string[][] } {
  const entries: string[] = [];
  const statements: string[][] = [];
  for (const d of walkNginxDirectives(file)) {
    // `include` is executed inside types {}; lua bodies are not nginx syntax; long values are cut in logs.
    if (d.name === 'include' || d.block?.raw || d.args.some((a) => a.value.length > 300 || /[\0\n\r]/.test(a.value))) continue;
    // A header may end in a comment, so its `;` goes on a line of its own.
    const statement = d.block ? `${text.slice(d.span.start, d.block.open)}\n;` : text.slice(d.span.start, d.span.end);
    entries.push(`${statement}\n${statement}\n`);
    statements.push([d.name, ...d.args.map((a) => a.value)]);
  }
  const config = `events {}\nhttp {\ntypes_hash_max_size 1048576;\ntypes_hash_bucket_size 4096;\ntypes {\n${entries.join('')}}\n}\n`;
  return { config, statements };
}

const lower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

export function expectedEcho(statements: string[][]): string[] {
  const typeOf = new Map<string, string>();
  const warnings: string[] = [];
  for (const [name, ...args] of statements) {
    for (let copy = 0; copy < 2; copy++) {
      for (const arg of args) {
        const ext = lower(arg);
        const previous = typeOf.get(ext);
        if (previous !== undefined) warnings.push(`${ext} | ${name} | ${previous}`);
        typeOf.set(ext, name!);
      }
    }
  }
  return warnings;
}

export function actualEcho(output: string): string[] {
  const re = /\[warn\] \d+#\d+: duplicate extension "([\s\S]*?)", content type: "([\s\S]*?)", previous content type: "([\s\S]*?)" in \S+:\d+\n/g;
  return [...output.matchAll(re)].map((m) => `${m[1]} | ${m[2]} | ${m[3]}`);
}
