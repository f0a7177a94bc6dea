/**
 * One scratch data directory per test file, for asking the installed
 * PostgreSQL 15 whether it accepts a configuration. Fails (never skips) when
 * the server is not installed.
 */
import assert from 'node:assert/strict';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HINT, initDataDir, makeScratchDir, pgBinDir, removeScratch, runPg, singleUser, type RunResult } from '../../../scripts/pg-params-server';

export class RealServer {
  private scratch: string | undefined;
  private data: string | undefined;
  private counter = 0;
  private readonly bin: string;

  constructor() {
    const bin = pgBinDir();
    if (!bin) assert.fail(INSTALL_HINT);
    this.bin = bin;
  }

  start(): void {
    this.scratch = makeScratchDir('hardenlint-pg-test-');
    this.data = initDataDir(this.bin, this.scratch);
  }

  stop(): void {
    if (this.scratch) removeScratch(this.scratch);
  }

  private write(name: string, text: string): string {
    const path = join(this.scratch!, `${this.counter++}-${name}`);
    writeFileSync(path, text);
    chmodSync(path, 0o644);
    return path;
  }

  /** `postgres -C param` with `text` as postgresql.conf. */
  checkConf(text: string, param = 'ssl'): RunResult {
    const file = this.write('postgresql.conf', text);
    return runPg(this.bin, 'postgres', ['-D', this.data!, `--config-file=${file}`, '-C', param]);
  }

  // ssl=on only so that hostssl records count as reachable; single-user mode loads no certificate.
  /** Rows of pg_hba_file_rules with an error, for `text` as pg_hba.conf: "line: error". */
  hbaErrors(text: string): string[] {
    const file = this.write('pg_hba.conf', text);
    const r = singleUser(this.bin, this.data!, "SELECT 'ERR ' || line_number || ': ' || error FROM pg_hba_file_rules WHERE error IS NOT NULL;\n", ['-c', `hba_file=${file}`, '-c', 'ssl=on']);
    if (r.status !== 0) throw new Error(`single-user backend failed: ${r.stderr}`);
    return [...r.stdout.matchAll(/"ERR (\d+: [^"]*)"/g)].map((m) => m[1]!);
  }

  /** The parsed rows of pg_hba_file_rules: "type|database|user|address|netmask|method|options". */
  hbaRules(text: string): string[] {
    const file = this.write('pg_hba.conf', text);
    const sql =
      "SELECT 'ROW ' || concat_ws('|', type, array_to_string(database, ','), array_to_string(user_name, ','), coalesce(address, ''), coalesce(netmask, ''), auth_method, coalesce(array_to_string(options, ','), '')) FROM pg_hba_file_rules WHERE error IS NULL ORDER BY line_number;\n";
    const r = singleUser(this.bin, this.data!, sql, ['-c', `hba_file=${file}`, '-c', 'ssl=on']);
    if (r.status !== 0) throw new Error(`single-user backend failed: ${r.stderr}`);
    return [...r.stdout.matchAll(/"ROW ([^"]*)"/g)].map((m) => m[1]!);
  }
}
