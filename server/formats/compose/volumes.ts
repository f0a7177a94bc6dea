/**
 * Service volume entries, short (`./a:/b:ro`) and long (`{type, source,
 * target, read_only}`) syntax, with their host side classified.
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span } from '../../engine/types';
import { composeBoolean, MapView, scalarText, seqItems, spanOf, type ComposeFile, type YDocument } from './model';
import { scalarPartSpan, writtenValueSpan } from './scalar-content';
import { placeItems, type Placed } from './services';
import { splitOutside, withDefaults } from './interpolation';

export interface VolumeMount {
  node: Node;
  long: boolean;
  /** Host path or volume name as written ('' for an anonymous volume). */
  source: string;
  /** Source after interpolation defaults; undefined when it depends on an unset variable. */
  resolvedSource: string | undefined;
  target: string;
  /** Short syntax mode field ('' when absent). */
  mode: string;
  readOnly: boolean;
  kind: 'bind' | 'volume' | 'tmpfs' | 'anonymous' | 'other';
  /** Long syntax: the `source` value node (where to report the host side). */
  sourceNode?: Node;
  /** Long syntax: the `read_only` value node when written. */
  readOnlyNode?: Node;
}

const MODE = /^(ro|rw|z|Z|consistent|cached|delegated|nocopy|shared|slave|private|rshared|rslave|rprivate)(,(ro|rw|z|Z|consistent|cached|delegated|nocopy|shared|slave|private|rshared|rslave|rprivate))*$/;

/** A short-syntax source is a host path when it starts like a path; otherwise it names a volume. */
export function isHostPath(source: string): boolean {
  return /^([./~]|\$|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.includes('/');
}

export function parseShortVolume(text: string): { source: string; target: string; mode: string } {
  let parts = splitOutside(text, ':');
  // Windows drive letters: "C:\data:/data"
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]!) && /^[\\/]/.test(parts[1]!)) {
    parts = [`${parts[0]}:${parts[1]}`, ...parts.slice(2)];
  }
  if (parts.length === 1) return { source: '', target: parts[0]!, mode: '' };
  if (parts.length >= 3 && MODE.test(parts[parts.length - 1]!)) {
    return { source: parts.slice(0, -2).join(':'), target: parts[parts.length - 2]!, mode: parts[parts.length - 1]! };
  }
  return { source: parts.slice(0, -1).join(':'), target: parts[parts.length - 1]!, mode: '' };
}

export function volumeMount(doc: YDocument, node: Node): VolumeMount | undefined {
  if (isScalar(node)) {
    const text = scalarText(node);
    if (text === undefined) return undefined;
    const v = parseShortVolume(text.trim());
    const kind = v.source === '' ? 'anonymous' : isHostPath(v.source) ? 'bind' : 'volume';
    return {
      node,
      long: false,
      source: v.source,
      resolvedSource: withDefaults(v.source),
      target: v.target,
      mode: v.mode,
      readOnly: v.mode.split(',').includes('ro'),
      kind,
    };
  }
  if (isMap(node)) {
    const view = new MapView(doc, node as YAMLMap);
    const type = scalarText(view.get('type')?.value) ?? '';
    const sourceEntry = view.get('source');
    const source = scalarText(sourceEntry?.value) ?? '';
    const readOnlyEntry = view.get('read_only');
    const kind = type === 'bind' ? 'bind' : type === 'volume' ? (source ? 'volume' : 'anonymous') : type === 'tmpfs' ? 'tmpfs' : 'other';
    const mount: VolumeMount = {
      node,
      long: true,
      source,
      resolvedSource: withDefaults(source),
      target: scalarText(view.get('target')?.value) ?? '',
      mode: '',
      readOnly: composeBoolean(readOnlyEntry?.value) === true,
      kind,
    };
    if (sourceEntry?.value) mount.sourceNode = sourceEntry.value;
    if (readOnlyEntry?.value) mount.readOnlyNode = readOnlyEntry.value;
    return mount;
  }
  return undefined;
}

/**
 * A host path as the kernel walks it, for comparing with known paths: `\`
 * as `/`, no repeated or trailing slashes, and for absolute paths `.` and
 * `..` resolved (`/srv/../etc` is `/etc`; `..` stops at `/`). Relative paths
 * only lose `.` parts: what `..` leads to depends on the project folder.
 */
export function normalizeHostPath(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return resolveAbsolute(slashed);
  const collapsed = slashed.replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

function resolveAbsolute(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** Where the host side of a mount is written: the `source` value, or the source part of a short entry. */
export function sourceSpan(source: SourceFile, mount: VolumeMount): Span {
  if (mount.long) return mount.sourceNode ? writtenValueSpan(source, mount.sourceNode) : spanOf(mount.node);
  return scalarPartSpan(source, mount.node, mount.source);
}

/** Every volume entry of every service, placed where it is written. */
export function placedMounts(file: ComposeFile): Placed<VolumeMount>[] {
  return placeItems(
    file,
    (s) => seqItems(file.doc, s.view.get('volumes')?.value).map((n) => volumeMount(file.doc, n)).filter((m): m is VolumeMount => m !== undefined),
    (m) => ({ node: m.node, offset: m.node.range?.[0] ?? 0 }),
  );
}

/** Container engine API sockets: whoever can reach one controls the host. */
export function isEngineSocket(path: string): boolean {
  return /(^|\/)(docker|podman|containerd|crio|cri-dockerd|dockershim)\.sock$/.test(normalizeHostPath(path));
}

const SENSITIVE_EXACT = new Set(['/', '/etc', '/run', '/var/run', '/home', '/usr', '/lib', '/var', '/var/lib']);
const SENSITIVE_TREES = ['/proc', '/sys', '/root', '/boot', '/dev', '/var/lib/docker', '/var/lib/containerd', '/var/lib/kubelet', '/lib/modules', '/etc/shadow', '/etc/ssh', '/etc/sudoers', '/etc/kubernetes'];

/** Host paths whose mount exposes the host itself (exact folders, or anything under a few trees). */
export function isSensitiveHostPath(path: string): boolean {
  const p = normalizeHostPath(path);
  if (!p.startsWith('/')) return false;
  return SENSITIVE_EXACT.has(p) || SENSITIVE_TREES.some((t) => p === t || p.startsWith(`${t}/`));
}
