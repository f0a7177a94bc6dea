/**
 * Compose services that run redis-server, read as Redis command lines so the
 * redis.conf checks judge them too. A service counts when its command starts
 * with redis-server (or valkey-server), or when it uses the official redis or
 * valkey image, whose entrypoint prepends redis-server to a command that
 * starts with "-" or names a .conf file (and runs it with no arguments when
 * there is no command).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { SourceFile } from '../../../server/engine/source';
import type { FileHost, Fix, RuleContext, Span, TextEdit } from '../../../server/engine/types';
import { isScalar, isSeq, scalarText, seqItems, spanOf, type ComposeFile, type Node, type Service } from '../../../server/formats/compose/model';
import { imageBaseName, parseImage } from '../../../server/formats/compose/images';
import { publishesPublicly } from '../../../server/formats/compose/ports';
import { scalarContent } from '../../../server/formats/compose/scalar-content';
import { volumeMount } from '../../../server/formats/compose/volumes';
import { hasInterpolation } from '../../../server/formats/compose/interpolation';
import { SHELL_SEPARATOR } from '../../../server/formats/compose/secrets';
import { parseRedisCommandLine, type CommandLineArg } from '../../../server/formats/redis/parse-command-line';
import type { Issue, IssueFix } from './issue';
import { commandLineSubject, type RedisSubject } from './subject';

export interface RedisService {
  service: Service;
  subject: RedisSubject;
  /** Publishes a port beyond loopback, or shares the host's network. */
  reachableFromHostNetwork: boolean;
  hostNetwork: boolean;
  /** Started by a shell script (`sh -c "redis-server …"`): the shell expands `$VAR` in its arguments at run time. */
  viaShell: boolean;
}

/**
 * The official redis and valkey images are built with protected-mode off
 * (the Dockerfile patches the compiled default, since ports are only
 * reachable when published).
 */
export const OFFICIAL_IMAGE_DEFAULTS: Readonly<Record<string, string>> = { 'protected-mode': 'no' };

function officialImage(service: Service): boolean {
  const image = scalarText(service.view.get('image')?.value);
  if (!image) return false;
  const ref = parseImage(image);
  return ref.registry === 'docker.io' && (ref.repository === 'library/redis' || ref.repository === 'library/valkey' || ref.repository === 'valkey/valkey');
}

function redisLikeImage(service: Service): boolean {
  const image = scalarText(service.view.get('image')?.value);
  if (!image) return false;
  const base = imageBaseName(parseImage(image));
  return base === 'redis' || base === 'valkey';
}

/** Split a command string as a shell would (quotes, backslashes), keeping where each word is. */
export function shellWords(text: string): { value: string; start: number; end: number; verbatim: boolean }[] {
  const out: { value: string; start: number; end: number; verbatim: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let value = '';
    let verbatim = true;
    while (i < text.length && !/\s/.test(text[i]!)) {
      const c = text[i]!;
      if (c === "'" || c === '"') {
        verbatim = false;
        const close = text.indexOf(c, i + 1);
        const end = close < 0 ? text.length : close;
        value += c === '"' ? text.slice(i + 1, end).replace(/\\(["\\$`])/g, '$1') : text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '\\' && i + 1 < text.length) {
        verbatim = false;
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    out.push({ value, start, end: Math.min(i, text.length), verbatim });
  }
  return out;
}

/** The command's words with their places in the compose file. */
export function commandArgs(source: SourceFile, node: Node | null | undefined, doc: ComposeFile['doc']): CommandLineArg[] | undefined {
  if (!node) return undefined;
  if (isSeq(node)) {
    return seqItems(doc, node).map((item) => {
      const content = scalarContent(source, item);
      const value = content?.text ?? scalarText(item) ?? '';
      if (content?.contentStart !== undefined) return { value, span: { start: content.contentStart, end: content.contentStart + value.length }, exact: true };
      return { value, span: spanOf(item), exact: false };
    });
  }
  if (!isScalar(node)) return undefined;
  const content = scalarContent(source, node);
  if (!content) return undefined;
  return shellWords(content.text).map((w) => {
    if (content.contentStart !== undefined && w.verbatim) return { value: w.value, span: { start: content.contentStart + w.start, end: content.contentStart + w.end }, exact: true };
    const span: Span = content.contentStart !== undefined ? { start: content.contentStart + w.start, end: content.contentStart + w.end } : content.span;
    return { value: w.value, span, exact: false };
  });
}

function isServerBinary(word: string): boolean {
  return /(^|\/)(redis|valkey)-server$/.test(word);
}

const SHELLS = /(^|\/)(sh|bash|ash|dash)$/;

/** The script of `sh -c "…"` (list or string form), with where its text starts when it is written verbatim. */
function shellScript(source: SourceFile, node: Node | null | undefined, doc: ComposeFile['doc']): { text: string; start: number | undefined; span: Span } | undefined {
  if (isSeq(node)) {
    const items = seqItems(doc, node);
    if (items.length < 3 || !SHELLS.test(scalarText(items[0]) ?? '') || scalarText(items[1]) !== '-c') return undefined;
    const content = scalarContent(source, items[2]);
    return content ? { text: content.text, start: content.contentStart, span: spanOf(items[2]) } : undefined;
  }
  if (!isScalar(node)) return undefined;
  const content = scalarContent(source, node);
  if (!content) return undefined;
  const words = shellWords(content.text);
  if (words.length < 3 || !SHELLS.test(words[0]!.value) || words[1]!.value !== '-c') return undefined;
  const word = words[2]!;
  const raw = content.text.slice(word.start, word.end);
  const quote = raw[0];
  // A quoted script maps onto the file one to one when nothing inside is escaped.
  const plain = (quote === "'" || quote === '"') && raw.length >= 2 && raw.endsWith(quote) && !raw.slice(1, -1).includes(quote) && !raw.includes('\\');
  const start = plain && content.contentStart !== undefined ? content.contentStart + word.start + 1 : undefined;
  return { text: word.value, start, span: content.span };
}

/** The arguments of the redis-server a shell script starts (`exec redis-server --port 6380 && …`), if any. */
function scriptServerArgs(script: { text: string; start: number | undefined; span: Span }): CommandLineArg[] | undefined {
  const words = shellWords(script.text);
  const at = words.findIndex((w) => isServerBinary(w.value));
  if (at < 0 || words.slice(0, at).some((w) => !/^(exec|nohup)$/.test(w.value))) return undefined;
  const out: CommandLineArg[] = [];
  for (const w of words.slice(at + 1)) {
    if (SHELL_SEPARATOR.test(w.value)) break;
    const exact = script.start !== undefined && w.verbatim;
    out.push({ value: w.value, span: script.start !== undefined ? { start: script.start + w.start, end: script.start + w.end } : script.span, exact });
  }
  return out;
}

/** The host file mounted at a container path, when a bind mount provides it. */
function mountedFile(file: ComposeFile, service: Service, containerPath: string, composePath: string, host: FileHost): { path: string; text: string } | undefined {
  for (const node of seqItems(file.doc, service.view.get('volumes')?.value)) {
    const mount = volumeMount(file.doc, node);
    if (!mount || mount.kind !== 'bind' || mount.resolvedSource === undefined) continue;
    const target = mount.target.replace(/\/$/, '');
    let rest: string | undefined;
    if (containerPath === target) rest = '';
    else if (containerPath.startsWith(target + '/')) rest = containerPath.slice(target.length);
    if (rest === undefined) continue;
    const hostBase = isAbsolute(mount.resolvedSource) ? mount.resolvedSource : resolve(dirname(composePath), mount.resolvedSource);
    const path = hostBase + rest;
    const text = host.readFile(path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** Cheap test before splitting a command: only redis-server commands and redis images are read. */
function mayRunRedis(official: boolean, commandNode: Node | null | undefined, doc: ComposeFile['doc']): boolean {
  if (official) return true;
  // The binary first, or inside `sh -c "…"`.
  const head = isSeq(commandNode) ? seqItems(doc, commandNode).slice(0, 3).map((n) => scalarText(n) ?? '').join(' ') : scalarText(commandNode)?.slice(0, 300);
  return head !== undefined && /(redis|valkey)-server/.test(head);
}

const cache = new WeakMap<ComposeFile, Map<string, RedisService[]>>();

/** Services that run redis-server, once per compose tree (the compose rules share it). */
export function redisServices(file: ComposeFile, source: SourceFile, composePath: string, host: FileHost): RedisService[] {
  const byPath = cache.get(file) ?? new Map<string, RedisService[]>();
  cache.set(file, byPath);
  const hit = byPath.get(composePath);
  if (hit) return hit;
  const found = findRedisServices(file, source, composePath, host);
  byPath.set(composePath, found);
  return found;
}

function findRedisServices(file: ComposeFile, source: SourceFile, composePath: string, host: FileHost): RedisService[] {
  const out: RedisService[] = [];
  for (const service of file.services) {
    const commandNode = service.view.get('command')?.value;
    const official = officialImage(service);
    if (!mayRunRedis(official, commandNode, file.doc)) continue;
    const args = commandArgs(source, commandNode, file.doc);
    let serverArgs: CommandLineArg[] | undefined;
    const script = shellScript(source, commandNode, file.doc);
    if (script) serverArgs = scriptServerArgs(script);
    else if (args && args.length > 0 && isServerBinary(args[0]!.value)) serverArgs = args.slice(1);
    else if (official && args && args.length > 0 && (args[0]!.value.startsWith('-') || args[0]!.value.endsWith('.conf'))) serverArgs = args;
    else if (official && (!commandNode || (args && args.length === 0)) && !service.view.has('entrypoint')) serverArgs = [];
    if (serverArgs === undefined) continue;
    const { tree } = parseRedisCommandLine(serverArgs);
    const configPath = tree.configFile?.value;
    const configFile = configPath && !hasInterpolation(configPath) ? mountedFile(file, service, configPath, composePath, host) : undefined;
    const subject = commandLineSubject(tree, host, {
      ...(configFile ? { configFile } : {}),
      ...(official || redisLikeImage(service) ? { defaults: official ? OFFICIAL_IMAGE_DEFAULTS : {} } : {}),
      fallbackSpan: spanOf(service.keyNode),
    });
    const networkMode = scalarText(service.view.get('network_mode')?.value);
    const hostNetwork = networkMode === 'host';
    out.push({ service, subject, hostNetwork, reachableFromHostNetwork: hostNetwork || publishesPublicly(file, service), viaShell: script !== undefined });
  }
  return out;
}

/** A value written into a compose command without quoting (YAML plain scalar and shell word alike). */
function safeWord(value: string): boolean {
  return /^[A-Za-z0-9._]+$/.test(value);
}

/** Compose edits for a shared fix: only in-place argument replacements where the place is exact. */
export function composeFix(fix: IssueFix): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const e of fix.edits) {
    if (e.kind !== 'replace-arg' || !e.arg.exact || !safeWord(e.value)) return undefined;
    edits.push({ start: e.arg.span.start, end: e.arg.span.end, newText: e.value });
  }
  const out: Fix = { title: fix.title, edits };
  if (fix.preferred) out.isPreferred = true;
  if (fix.changesBehavior) out.changesBehavior = true;
  if (fix.secret !== undefined) out.generatedSecret = fix.secret;
  return out;
}

export function reportComposeIssues(ctx: RuleContext<ComposeFile>, service: Service, issues: Issue[], extraData: Record<string, string> = {}): void {
  for (const issue of issues) {
    const fixes = issue.fixes.map(composeFix).filter((f): f is Fix => f !== undefined);
    ctx.report({
      span: issue.span,
      messageId: issue.messageId,
      data: { ...issue.data, service: service.name, ...extraData },
      ...(issue.severity ? { severity: issue.severity } : {}),
      fixes,
    });
  }
}
