/**
 * Finds `.hardenlint.yaml` / `.hardenlint.yml` / `.hardenlint.json` upward from a
 * linted file (stopping at the file-system root or a stop folder) and parses it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyConfig, parseConfig, type Config } from '../engine/config';

export const CONFIG_NAMES = ['.hardenlint.yaml', '.hardenlint.yml', '.hardenlint.json'];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, if any. */
  path?: string;
  errors: string[];
}

export class ConfigLoader {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly byFile = new Map<string, { mtimeMs: number; loaded: LoadedConfig }>();

  /** `check`: further problems of a parsed configuration (unknown rule ids and options), found once per file version. */
  constructor(private readonly check: (config: Config) => string[] = () => []) {}

  /** Forget cached lookups (after a config file changed). */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  forFile(filePath: string, stopAt?: string): LoadedConfig {
    return this.forDir(dirname(filePath), stopAt);
  }

  forDir(dir: string, stopAt?: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let result: LoadedConfig | undefined;
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) {
        result = this.load(candidate);
        break;
      }
    }
    if (!result) {
      const parent = dirname(dir);
      result = parent === dir || dir === stopAt ? { config: emptyConfig(), errors: [] } : this.forDir(parent, stopAt);
    }
    this.byDir.set(dir, result);
    return result;
  }

  private load(path: string): LoadedConfig {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      /* reported below as unreadable */
    }
    const cached = this.byFile.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
    let loaded: LoadedConfig;
    try {
      const { config, errors } = parseConfig(readFileSync(path, 'utf8'), dirname(path));
      loaded = { config, path, errors: [...errors, ...this.check(config)] };
    } catch (e) {
      loaded = { config: emptyConfig(), path, errors: [`cannot read: ${(e as Error).message}`] };
    }
    this.byFile.set(path, { mtimeMs, loaded });
    return loaded;
  }
}
