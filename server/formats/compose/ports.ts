/**
 * Published ports, short (`"127.0.0.1:8080:80/tcp"`) and long
 * (`{target, published, host_ip}`) syntax. Host parts are judged with their
 * interpolation defaults; anything that depends on an unset variable is
 * "unknown" and never reported.
 */
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span, TextEdit } from '../../engine/types';
import { MapView, scalarText, seqItems, spanOf, type ComposeFile, type Service, type YDocument } from './model';
import { insertIntoMap, replaceScalarKeepingStyle } from './edits';
import { hasInterpolation, splitOutside, withDefaults } from './interpolation';
import { placeItems, type Placed } from './services';

export type Exposure = 'all' | 'loopback' | 'specific' | 'unknown';

export interface PortBinding {
  /** The sequence item: a scalar (short syntax) or a mapping (long syntax). */
  node: Node;
  /** Host address as written ('' when absent). */
  hostIpRaw: string;
  /** The host port or range as written ('' when absent: an ephemeral port). */
  hostPortRaw: string;
  containerPortRaw: string;
  exposure: Exposure;
  /** Host ports after defaults: undefined when unknown, [] for an ephemeral port. */
  hostPorts: { from: number; to: number } | null | undefined;
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i;
const ANY = /^(0\.0\.0\.0|::|\[::\]|\*)?$/;

export function classifyHostIp(raw: string): Exposure {
  const value = withDefaults(raw.trim());
  if (value === undefined) return 'unknown';
  if (ANY.test(value)) return 'all';
  if (LOOPBACK.test(value)) return 'loopback';
  return 'specific';
}

function parseRange(raw: string): { from: number; to: number } | null | undefined {
  if (raw.trim() === '') return null;
  const value = withDefaults(raw.trim());
  if (value === undefined) return undefined;
  if (value === '') return null;
  const m = /^(\d+)(?:-(\d+))?$/.exec(value);
  if (!m) return undefined;
  const from = Number(m[1]);
  return { from, to: m[2] ? Number(m[2]) : from };
}

/** Split a short-syntax port string into address, host port and container port. */
export function parseShortPort(text: string): { hostIp: string; hostPort: string; containerPort: string; ipLength: number } {
  const withoutProtocol = text.replace(/\/(tcp|udp|sctp)$/i, '');
  const parts = splitOutside(withoutProtocol, ':');
  if (parts.length === 1) return { hostIp: '', hostPort: '', containerPort: parts[0]!, ipLength: 0 };
  if (parts.length === 2) return { hostIp: '', hostPort: parts[0]!, containerPort: parts[1]!, ipLength: 0 };
  const hostIp = parts.slice(0, -2).join(':');
  return { hostIp, hostPort: parts[parts.length - 2]!, containerPort: parts[parts.length - 1]!, ipLength: hostIp.length };
}

export function portBinding(doc: YDocument, node: Node): PortBinding | undefined {
  if (isScalar(node)) {
    const text = scalarText(node);
    if (text === undefined) return undefined;
    const p = parseShortPort(text.trim());
    // Judge the value as it runs with defaults: "${SQL_PORT:-127.0.0.1:13306}:3306" binds to loopback.
    const resolved = withDefaults(text.trim());
    const r = resolved === undefined ? undefined : parseShortPort(resolved);
    let exposure: Exposure;
    if (r) exposure = classifyHostIp(r.hostIp);
    else if (p.hostIp !== '') exposure = classifyHostIp(p.hostIp);
    else exposure = hasInterpolation(p.hostPort) ? 'unknown' : 'all';
    return {
      node,
      hostIpRaw: p.hostIp,
      hostPortRaw: p.hostPort,
      containerPortRaw: p.containerPort,
      exposure,
      hostPorts: r ? parseRange(r.hostPort) : parseRange(p.hostPort),
    };
  }
  if (isMap(node)) {
    const view = new MapView(doc, node as YAMLMap);
    const hostIp = scalarText(view.get('host_ip')?.value) ?? '';
    const published = scalarText(view.get('published')?.value) ?? '';
    return {
      node,
      hostIpRaw: hostIp,
      hostPortRaw: published,
      containerPortRaw: scalarText(view.get('target')?.value) ?? '',
      exposure: classifyHostIp(hostIp),
      hostPorts: parseRange(published),
    };
  }
  return undefined;
}

/** Whether any host port of the binding is outside the allowed list (unknown ports are not judged). */
export function publishesOtherThan(binding: PortBinding, allowed: readonly number[]): boolean | undefined {
  const ports = binding.hostPorts;
  if (ports === undefined) return undefined;
  if (ports === null) return true; // ephemeral: some high port
  for (let p = ports.from; p <= ports.to && p - ports.from < 65536; p++) if (!allowed.includes(p)) return true;
  return false;
}

/** The short-syntax value bound to 127.0.0.1 instead of all interfaces, or undefined when it cannot be rewritten. */
export function bindShortToLoopback(text: string): string | undefined {
  if (text.trim() !== text) return undefined;
  const p = parseShortPort(text);
  if (hasInterpolation(p.hostIp)) return undefined;
  if (p.hostIp === '') {
    // A variable in the host part must not be able to carry an address of its own.
    const resolved = withDefaults(text);
    if (hasInterpolation(p.hostPort) && (resolved === undefined || parseShortPort(resolved).hostIp !== '')) return undefined;
    return p.hostPort === '' && !text.includes(':') ? `127.0.0.1::${text}` : `127.0.0.1:${text}`;
  }
  if (classifyHostIp(p.hostIp) !== 'all') return undefined;
  return `127.0.0.1${text.slice(p.ipLength)}`;
}

/** A port entry of a service, with the services it affects. */
export function placedPorts(file: ComposeFile): Placed<PortBinding>[] {
  return placeItems(
    file,
    (s) => seqItems(file.doc, s.view.get('ports')?.value).map((n) => portBinding(file.doc, n)).filter((p): p is PortBinding => p !== undefined),
    (p) => ({ node: p.node, offset: p.node.range?.[0] ?? 0 }),
  );
}

/** Whether a service publishes any port on a non-loopback address (or on one that depends on a variable). */
export function publishesPublicly(file: ComposeFile, service: Service): boolean {
  return seqItems(file.doc, service.view.get('ports')?.value).some((n) => {
    const b = portBinding(file.doc, n);
    return b !== undefined && (b.exposure === 'all' || b.exposure === 'specific' || b.exposure === 'unknown');
  });
}

/**
 * The preferred fix for a binding on all interfaces: bind it to 127.0.0.1,
 * keeping quotes (short syntax) or adding/replacing `host_ip` (long syntax).
 */
export function bindToLoopbackEdit(source: SourceFile, doc: YDocument, binding: PortBinding, inFlow: boolean): TextEdit | undefined {
  if (isScalar(binding.node)) {
    const text = scalarText(binding.node);
    const next = text === undefined ? undefined : bindShortToLoopback(text);
    return next === undefined ? undefined : replaceScalarKeepingStyle(source, binding.node as Scalar, next, inFlow);
  }
  if (isMap(binding.node)) {
    const hostIp = new MapView(doc, binding.node as YAMLMap).get('host_ip');
    if (hostIp?.value && isScalar(hostIp.value)) {
      if (/\$/.test(scalarText(hostIp.value) ?? '')) return undefined;
      return replaceScalarKeepingStyle(source, hostIp.value as Scalar, '127.0.0.1', inFlow);
    }
    return insertIntoMap(source, binding.node as YAMLMap, ['host_ip: 127.0.0.1']);
  }
  return undefined;
}

/** Where to report a binding: the short entry, or the long entry's host_ip, published or target value. */
export function bindingSpan(doc: YDocument, binding: PortBinding): Span {
  if (!isMap(binding.node)) return spanOf(binding.node);
  const view = new MapView(doc, binding.node as YAMLMap);
  const at = view.get('host_ip') ?? view.get('published') ?? view.get('target');
  return spanOf(at?.value ?? binding.node);
}

/** Port items written in flow sequences, collected once per file (every published port asks). */
const flowPortItems = new WeakMap<ComposeFile, Set<unknown>>();

/** Whether a port item sits in a flow sequence (its fix must then avoid flow indicators). */
export function inFlowList(file: ComposeFile, node: Node): boolean {
  let items = flowPortItems.get(file);
  if (!items) {
    items = new Set();
    for (const s of file.services) {
      const list = s.view.get('ports')?.value;
      if (isSeq(list) && list.flow) for (const item of list.items) items.add(item);
    }
    flowPortItems.set(file, items);
  }
  return items.has(node);
}
