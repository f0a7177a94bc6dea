/**
 * Service `devices` entries, short (`HOST[:CONTAINER][:PERMISSIONS]`) and
 * long (`{source, target, permissions}`) syntax, and `device_cgroup_rules`
 * entries (`TYPE MAJOR:MINOR ACCESS`).
 */
import { isMap, isScalar, Scalar, type Node, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span } from '../../engine/types';
import { MapView, scalarText, seqItems, spanOf, type ComposeFile, type YDocument } from './model';
import { partSpan, scalarContent } from './scalar-content';
import { placeItems, type Placed } from './services';
import { splitOutside, withDefaults } from './interpolation';

export interface DeviceMapping {
  node: Node;
  long: boolean;
  /** Host device path as written. */
  source: string;
  /** Source after interpolation defaults; undefined when it depends on an unset variable. */
  resolvedSource: string | undefined;
  target: string;
  /** cgroup permissions (`r`, `w`, `m`); Docker grants `rwm` when none are given. */
  permissions: string;
  /** Long syntax: the `source` value node (where to report the host side). */
  sourceNode?: Node;
}

const PERMISSIONS = /^[rwm]+$/;

/** Split like the Docker CLI: with two parts, the second is permissions when it looks like them. */
export function parseShortDevice(text: string): { source: string; target: string; permissions: string } {
  const parts = splitOutside(text, ':');
  const source = parts[0] ?? '';
  if (parts.length >= 3) return { source, target: parts[1]!, permissions: parts.slice(2).join(':') };
  if (parts.length === 2) {
    return PERMISSIONS.test(parts[1]!) ? { source, target: source, permissions: parts[1]! } : { source, target: parts[1]!, permissions: '' };
  }
  return { source, target: source, permissions: '' };
}

export function deviceMapping(doc: YDocument, node: Node): DeviceMapping | undefined {
  if (isScalar(node)) {
    const text = scalarText(node);
    if (text === undefined) return undefined;
    const d = parseShortDevice(text.trim());
    return { node, long: false, ...d, resolvedSource: withDefaults(d.source) };
  }
  if (isMap(node)) {
    const view = new MapView(doc, node as YAMLMap);
    const sourceEntry = view.get('source');
    const source = scalarText(sourceEntry?.value) ?? '';
    const device: DeviceMapping = {
      node,
      long: true,
      source,
      resolvedSource: withDefaults(source),
      target: scalarText(view.get('target')?.value) ?? source,
      permissions: scalarText(view.get('permissions')?.value) ?? '',
    };
    if (sourceEntry?.value) device.sourceNode = sourceEntry.value;
    return device;
  }
  return undefined;
}

/** What the container may do with the device: Docker grants `rwm` when no permissions are given (or they are unknown). */
export function deviceAccess(device: DeviceMapping): { read: boolean; write: boolean } {
  const p = withDefaults(device.permissions.trim()) ?? '';
  if (p === '') return { read: true, write: true };
  return { read: p.includes('r'), write: p.includes('w') };
}

/** Where the host side of a device is written: the `source` value, or the source part of a short entry. */
export function deviceSourceSpan(source: SourceFile, device: DeviceMapping): Span {
  if (device.long) return device.sourceNode ? writtenValueSpan(source, device.sourceNode) : spanOf(device.node);
  return scalarPartSpan(source, device.node, device.source);
}

/**
 * Where `part` of a scalar's value is written: its exact characters when the
 * value maps to them one to one (plain, quoted without escapes, or the first
 * line of a block scalar), else the scalar's whole written value.
 */
export function scalarPartSpan(source: SourceFile, node: Node, part: string): Span {
  const content = scalarContent(source, node);
  const at = part === '' || !content ? -1 : content.text.indexOf(part);
  if (!content || at < 0) return writtenValueSpan(source, node);
  if (content.contentStart !== undefined) return partSpan(content, at, at + part.length);
  const block = isBlockScalar(node) ? blockValueSpan(source, node) : undefined;
  if (!block) return content.span;
  return blockFirstLineSpan(source, content.text, block, at, at + part.length) ?? block;
}

/** Where a scalar's value is written; for a block scalar (`|`, `>`), without its header line and trailing line breaks. */
export function writtenValueSpan(source: SourceFile, node: Node): Span {
  return (isBlockScalar(node) && blockValueSpan(source, node)) || spanOf(node);
}

function isBlockScalar(node: Node): node is Scalar {
  return isScalar(node) && (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL);
}

/** From the first character after the header line to the last one before the trailing line breaks. */
function blockValueSpan(source: SourceFile, node: Scalar): Span | undefined {
  if (!node.range) return undefined;
  const [start, end] = node.range;
  const raw = source.text.slice(start, end);
  const header = raw.indexOf('\n');
  const body = header < 0 ? '' : raw.slice(header);
  const first = body.search(/\S/);
  if (first < 0) return undefined;
  return { start: start + header + first, end: start + header + body.trimEnd().length };
}

/**
 * The span of `value.slice(from, to)` when it lies in the first written line,
 * which a block scalar keeps as written (after any extra indentation kept in
 * the value); undefined when the value does not start with that line.
 */
function blockFirstLineSpan(source: SourceFile, value: string, block: Span, from: number, to: number): Span | undefined {
  const lead = /^[ \t]*/.exec(value)![0].length;
  const line = source.text.slice(block.start, block.end).split(/\r?\n/, 1)[0]!.trimEnd();
  if (value.slice(lead, lead + line.length) !== line || from < lead || to > lead + line.length) return undefined;
  return { start: block.start + from - lead, end: block.start + to - lead };
}

/** Every `devices` entry of every service, placed where it is written. */
export function placedDevices(file: ComposeFile): Placed<DeviceMapping>[] {
  return placeItems(
    file,
    (s) => seqItems(file.doc, s.view.get('devices')?.value).map((n) => deviceMapping(file.doc, n)).filter((d): d is DeviceMapping => d !== undefined),
    (d) => ({ node: d.node, offset: d.node.range?.[0] ?? 0 }),
  );
}

export interface DeviceCgroupRule {
  /** `a` (all), `b` (block) or `c` (character). */
  type: string;
  major: string;
  minor: string;
  access: string;
}

/** `"b *:* rwm"` → its parts; undefined when it is not a cgroup device rule (or depends on a variable). */
export function parseDeviceCgroupRule(text: string): DeviceCgroupRule | undefined {
  const resolved = withDefaults(text);
  if (resolved === undefined) return undefined;
  const m = /^([abc])\s+(\*|\d+):(\*|\d+)\s+([rwm]+)$/.exec(resolved.trim());
  return m ? { type: m[1]!, major: m[2]!, minor: m[3]!, access: m[4]! } : undefined;
}
