/**
 * The value each parameter takes in a postgresql.conf: later settings override
 * earlier ones, included files count where they are included, and a
 * postgresql.auto.conf beside the file (ALTER SYSTEM) overrides everything.
 * Parameters nobody sets have the server default. Other files are read
 * through the rule context's host (limited to the workspace).
 */
import { posix } from 'node:path';
import { SourceFile } from '../../../server/engine/source';
import type { FileHost, Span } from '../../../server/engine/types';
import { parsePgConf } from '../../../server/formats/postgresql/conf-parse';
import type { ConfSetting, PgConfFile } from '../../../server/formats/postgresql/conf-model';
import { defaultOf } from '../../../server/formats/postgresql/params';

export interface PlacedSetting {
  setting: ConfSetting;
  /** The file that holds it. */
  path: string;
}

export interface EffectiveValue {
  key: string;
  /** What the server reads: the winning setting's value, or the default. */
  value: string;
  /** The setting that takes effect; undefined when the parameter has its default. */
  source: PlacedSetting | undefined;
  /** Earlier settings of the same parameter that `source` overrides. */
  overridden: PlacedSetting[];
}

const MAX_INCLUDE_DEPTH = 10;
const toPosix = (p: string): string => p.replace(/\\/g, '/');

export const isAutoConf = (path: string): boolean => /(^|\/)postgresql\.auto\.conf$/i.test(toPosix(path));

/**
 * Whether a file is a whole configuration (postgresql.conf and the like) rather than a
 * fragment (postgresql.auto.conf, conf.d/*.conf) whose unset parameters are set elsewhere.
 */
export function isMainConf(path: string): boolean {
  const p = toPosix(path);
  return !isAutoConf(p) && !/(^|\/)conf\.d\/[^/]+$/i.test(p);
}

export class ConfView {
  private readonly winners = new Map<string, PlacedSetting[]>();
  readonly isMain: boolean;

  constructor(
    readonly file: PgConfFile,
    readonly path: string,
    host: FileHost,
  ) {
    this.isMain = isMainConf(path);
    if (!this.isMain && this.collectFromMain(host)) return;
    this.winners.clear();
    const visited = new Set<string>();
    this.collect(file, path, host, 0, visited);
    if (this.isMain && /(^|\/)postgresql\.conf$/i.test(toPosix(path))) this.collectAuto(path, host, visited);
  }

  /** postgresql.auto.conf beside a postgresql.conf: the server reads it last, so it wins. */
  private collectAuto(mainPath: string, host: FileHost, visited: Set<string>): void {
    const auto = posix.join(posix.dirname(toPosix(mainPath)), 'postgresql.auto.conf');
    const text = auto === toPosix(this.path) ? '' : host.readFile(auto);
    if (text !== undefined) this.collectText(text, auto, host, 1, visited);
  }

  /**
   * A fragment (conf.d/*.conf, postgresql.auto.conf) is judged as the server
   * reads it: inside the postgresql.conf that includes it, so a value the main
   * file or a later fragment overrides is not reported here. False when no
   * postgresql.conf in the workspace reads this file.
   */
  private collectFromMain(host: FileHost): boolean {
    const path = toPosix(this.path);
    const dir = posix.dirname(path);
    const main = isAutoConf(path) ? posix.join(dir, 'postgresql.conf') : posix.join(posix.dirname(dir), 'postgresql.conf');
    const text = host.readFile(main);
    if (text === undefined) return false;
    const visited = new Set<string>();
    this.reachedSelf = false;
    this.collectText(text, main, host, 0, visited);
    this.collectAuto(main, host, visited);
    return this.reachedSelf;
  }

  private reachedSelf = false;

  private collectText(text: string, path: string, host: FileHost, depth: number, visited: Set<string>): void {
    // The linted file is read as linted (the editor's text), not from the disk.
    if (path === toPosix(this.path)) {
      this.reachedSelf = true;
      this.collect(this.file, path, host, depth, visited);
      return;
    }
    const tree = parsePgConf(new SourceFile(text)).tree;
    if (tree) this.collect(tree, path, host, depth, visited);
  }

  private collect(file: PgConfFile, path: string, host: FileHost, depth: number, visited: Set<string>): void {
    if (visited.has(path) || depth > MAX_INCLUDE_DEPTH) return;
    visited.add(path);
    for (const setting of file.entries) {
      if (!setting.include) {
        const list = this.winners.get(setting.key) ?? [];
        list.push({ setting, path });
        this.winners.set(setting.key, list);
        continue;
      }
      const target = posix.resolve(posix.dirname(toPosix(path)), toPosix(setting.value.text));
      if (setting.include === 'include_dir') {
        // The server reads the folder's *.conf files in name order, skipping dot files.
        const files = host.glob('*.conf', target).map(toPosix).filter((f) => !posix.basename(f).startsWith('.')).sort();
        for (const f of files) {
          const text = f === toPosix(this.path) ? '' : host.readFile(f);
          if (text !== undefined) this.collectText(text, f, host, depth + 1, visited);
        }
      } else {
        const text = target === toPosix(this.path) ? '' : host.readFile(target);
        if (text !== undefined) this.collectText(text, target, host, depth + 1, visited);
      }
    }
    visited.delete(path);
  }

  get(key: string): EffectiveValue {
    const all = this.winners.get(key) ?? [];
    const source = all[all.length - 1];
    return {
      key,
      value: source ? source.setting.value.text : (defaultOf(key) ?? ''),
      source,
      overridden: all.slice(0, -1),
    };
  }

  /** The last commented-out line of the parameter in this file (`#ssl = off`), if any. */
  commentedOut(key: string): ConfSetting | undefined {
    const list = this.file.commented.filter((c) => c.key === key);
    return list[list.length - 1];
  }
}

const views = new WeakMap<PgConfFile, ConfView>();

/** One view per parsed document, shared by the rules that run over it. */
export function confView(file: PgConfFile, path: string, host: FileHost): ConfView {
  let view = views.get(file);
  if (!view || view.path !== path) {
    view = new ConfView(file, path, host);
    views.set(file, view);
  }
  return view;
}

/** Where a finding about an unset parameter goes when the file has no commented-out line for it: the first line's content. */
export function firstLineSpan(source: SourceFile): Span {
  const text = source.lineText(0);
  return { start: 0, end: text.trimEnd().length };
}
