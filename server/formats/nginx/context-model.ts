/**
 * Builds the context model a rule sees for one linted nginx file:
 * - a top-level config (has `http`/`events`) is read from its own main level;
 * - a file included by a workspace nginx.conf is judged inside that config;
 * - a stand-alone `nginx.conf` holding only `server` blocks (as mounted into
 *   the official image's conf.d) is read as the content of an http level;
 * - any other file is partial: it sits under levels the workspace does not
 *   show (synthetic contexts), so checks of those levels stay silent.
 */
import { basename, dirname, normalize } from 'node:path';
import type { FileHost, RuleContext } from '../../engine/types';
import type { SourceFile } from '../../engine/source';
import type { NginxDirective, NginxFile } from './ast';
import { CONTEXT_BLOCKS, newContext, type NginxContext } from './context';
import { includeHidesSettings, isIncludeDirective, loadFile, resolveInclude, type IncludeRecord, type LoadedFile } from './includes';
import { knownInclude } from './known-includes';

export type FileRole = 'main' | 'included' | 'partial';

export interface NginxModel {
  main: NginxContext;
  role: FileRole;
  /** The linted file (normalized). */
  path: string;
  /** The top-level file the model was read from. */
  topFile: string;
  /** nginx's configuration prefix: relative includes resolve against it. */
  prefix: string;
  includes: IncludeRecord[];
  /** Every file read, by normalized path. */
  files: Map<string, LoadedFile>;
  /** The http level is not written but a stand-alone nginx.conf is its content: report its missing settings at the file start. */
  standaloneHttp: boolean;
}

const MAX_FILES = 300;
const MAX_DEPTH = 16;

interface BuildInput {
  host: FileHost;
  linted: { path: string; file: NginxFile; source: SourceFile };
  top: string;
  prefix: string;
}

/** Normalized paths by a directive's `file` text, per model: rules ask for every directive they look at. */
const fileCache = new WeakMap<NginxModel, Map<string, string>>();

/** The path a directive is written in, with the linted tree's own path mapped to the linted file. */
export function fileOfDirective(model: NginxModel, directive: NginxDirective): string {
  let cache = fileCache.get(model);
  if (!cache) {
    cache = new Map();
    fileCache.set(model, cache);
  }
  const key = directive.file;
  let file = cache.get(key);
  if (file === undefined) {
    const linted = model.files.get(model.path);
    file = linted && key === linted.file.path ? model.path : normalize(key || model.path);
    cache.set(key, file);
  }
  return file;
}

function readInto(root: NginxContext, directives: NginxDirective[], input: BuildInput, model: NginxModel, stack: string[]): void {
  const from = stack[stack.length - 1]!;
  for (const d of directives) {
    if (isIncludeDirective(d)) {
      const record: IncludeRecord = { directive: d, from, files: [], cycles: [] };
      model.includes.push(record);
      if (stack.length > MAX_DEPTH) continue;
      for (const path of resolveInclude(input.host, d.args[0]!.value, input.prefix, from)) {
        if (stack.includes(path)) {
          record.cycles.push(path);
          continue;
        }
        const loaded = load(path, input, model);
        if (!loaded) continue;
        record.files.push(path);
        readInto(root, loaded.file.directives, input, model, [...stack, path]);
      }
      if (record.files.length === 0 && record.cycles.length === 0 && includeHidesSettings(input.host, d.args[0]!.value, input.prefix, from)) {
        record.unresolved = true;
        const known = knownInclude(d.args[0]!.value);
        if (known) record.known = known;
        (root.unresolvedIncludes ??= []).push(known ? { directive: d, known } : { directive: d });
      }
      continue;
    }
    root.directives.push(d);
    const kind = d.block ? CONTEXT_BLOCKS[d.name] : undefined;
    if (kind && d.block && !d.block.raw) readInto(newContext(kind, root, d), d.block.children, input, model, stack);
  }
}

function load(path: string, input: BuildInput, model: NginxModel): LoadedFile | undefined {
  const existing = model.files.get(path);
  if (existing) return existing;
  if (model.files.size >= MAX_FILES) return undefined;
  const loaded = path === input.linted.path ? { file: input.linted.file, source: input.linted.source } : loadFile(input.host, path);
  if (loaded) model.files.set(path, loaded);
  return loaded;
}

function emptyModel(role: FileRole, input: BuildInput): NginxModel {
  return {
    main: newContext('main', undefined),
    role,
    path: input.linted.path,
    topFile: input.top,
    prefix: input.prefix,
    includes: [],
    files: new Map(),
    standaloneHttp: false,
  };
}

/** Read a configuration from its top-level file. */
function buildFromTop(role: FileRole, input: BuildInput): NginxModel | undefined {
  const model = emptyModel(role, input);
  const top = load(input.top, input, model);
  if (!top) return undefined;
  readInto(model.main, top.file.directives, input, model, [input.top]);
  return model;
}

const TOP_LEVEL_ONLY = new Set(['http', 'events', 'stream', 'mail', 'worker_processes', 'user', 'pid', 'load_module']);
const SERVER_LEVEL_HINTS = new Set(['location', 'listen', 'server_name']);

function isTopLevelConfig(file: NginxFile): boolean {
  return file.directives.some((d) => TOP_LEVEL_ONLY.has(d.name));
}

/** A file with no workspace config around it, placed at the level its content suggests. */
function buildPartial(input: BuildInput, standalone: boolean): NginxModel {
  const model = emptyModel(standalone ? 'main' : 'partial', input);
  model.files.set(input.linted.path, { file: input.linted.file, source: input.linted.source });
  const http = newContext('http', model.main);
  const serverLevel = input.linted.file.directives.some((d) => SERVER_LEVEL_HINTS.has(d.name));
  const home = serverLevel && !standalone ? newContext('server', http) : http;
  model.standaloneHttp = standalone;
  readInto(home, input.linted.file.directives, input, model, [input.linted.path]);
  return model;
}

function ancestors(dir: string, count: number): string[] {
  const out: string[] = [];
  for (let d = dir, i = 0; i < count; i++) {
    out.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return out;
}

/** nginx.conf files near a path: in its folder and up to three folders up, or one folder down from those. */
function nearbyConfigs(host: FileHost, path: string): string[] {
  const found: string[] = [];
  for (const dir of ancestors(dirname(path), 4)) {
    for (const candidate of [...host.glob('nginx.conf', dir), ...host.glob('*/nginx.conf', dir)]) {
      const n = normalize(candidate);
      if (n !== path && !found.includes(n)) found.push(n);
    }
  }
  return found;
}

interface Discovery {
  text: string;
  top: string | undefined;
  prefix: string | undefined;
}

const discoveryCache = new Map<string, Discovery>();

/**
 * The workspace nginx.conf that includes `path`, cached per file content.
 * When the search ran now, the model it read from that nginx.conf comes along
 * so the lint does not read the configuration a second time.
 */
function discoverTop(input: Omit<BuildInput, 'top' | 'prefix'>): { top: string | undefined; prefix: string | undefined; model?: NginxModel } {
  const { path, source } = input.linted;
  const hit = discoveryCache.get(path);
  if (hit && hit.text === source.text) return hit;
  const candidates = nearbyConfigs(input.host, path);
  let top: string | undefined;
  let found: NginxModel | undefined;
  for (const candidate of candidates) {
    const text = input.host.readFile(candidate);
    if (text === undefined) continue;
    const model = buildFromTop('included', { ...input, top: candidate, prefix: dirname(candidate) });
    if (model && model.includes.some((r) => r.files.includes(path))) {
      top = candidate;
      found = model;
      break;
    }
  }
  const result: Discovery = { text: source.text, top, prefix: top ? dirname(top) : candidates[0] ? dirname(candidates[0]) : undefined };
  discoveryCache.set(path, result);
  if (discoveryCache.size > 200) discoveryCache.delete(discoveryCache.keys().next().value!);
  return found ? { ...result, model: found } : result;
}

export function buildModel(host: FileHost, path: string, file: NginxFile, source: SourceFile): NginxModel {
  const linted = { path: normalize(path), file, source };
  if (isTopLevelConfig(file)) {
    return buildFromTop('main', { host, linted, top: linted.path, prefix: dirname(linted.path) })!;
  }
  const found = discoverTop({ host, linted });
  if (found.model) return found.model;
  if (found.top) {
    const model = buildFromTop('included', { host, linted, top: found.top, prefix: dirname(found.top) });
    if (model) return model;
  }
  const standalone = basename(linted.path) === 'nginx.conf';
  return buildPartial({ host, linted, top: linted.path, prefix: found.prefix ?? dirname(linted.path) }, standalone);
}

const modelCache = new WeakMap<NginxFile, { host: FileHost; path: string; model: NginxModel }>();

/** The model for a rule's document, built once per parsed tree and shared by all rules. */
export function nginxModel(ctx: RuleContext<NginxFile>): NginxModel {
  const hit = modelCache.get(ctx.tree);
  if (hit && hit.host === ctx.host && hit.path === ctx.path) return hit.model;
  const model = buildModel(ctx.host, ctx.path, ctx.tree, ctx.source);
  modelCache.set(ctx.tree, { host: ctx.host, path: ctx.path, model });
  return model;
}
