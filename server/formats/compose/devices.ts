/**
 * Service `devices` entries, short (`HOST[:CONTAINER][:PERMISSIONS]`) and
 * long (`{source, target, permissions}`) syntax, and `device_cgroup_rules`
 * entries (`TYPE MAJOR:MINOR ACCESS`).
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span } from '../../engine/types';
import { MapView, scalarText, seqItems, spanOf, type ComposeFile, type YDocument } from './model';
import { scalarPartSpan, writtenValueSpan } from './scalar-content';
import { placeItems, type Placed } from './services';
import { splitOutside, withDefaults } from './interpolation';
import { normalizeHostPath } from './volumes';

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

/**
 * Device nodes that hand over one piece of hardware, not the host: USB buses,
 * GPUs, sound, input, serial adapters, tun, fuse, kvm, cameras, the syslog
 * socket. Mounting or listing them is how such devices are shared.
 */
const HARDWARE_NODE = /^\/dev\/(bus\/usb|dri|snd|input|serial|net\/tun$|fuse$|kvm$|nvidia[^/]*$|tty(USB|ACM|AMA|S)\d+$|video\d+$|hidraw\d+$|log$)/;

/** Whether a host path (as the kernel resolves it) is a node of one piece of hardware, see `HARDWARE_NODE`. */
export function isHardwareNode(path: string): boolean {
  return HARDWARE_NODE.test(normalizeHostPath(path));
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
