import { defineRule } from '../../server/engine/define-rule';
import { deviceAccess, deviceSourceSpan, parseDeviceCgroupRule, placedDevices, type DeviceCgroupRule } from '../../server/formats/compose/devices';
import { writtenValueSpan } from '../../server/formats/compose/scalar-content';
import { placedSeqItems, sharedSuffix } from '../../server/formats/compose/services';
import { normalizeHostPath } from '../../server/formats/compose/volumes';
import { scalarText, type ComposeFile } from '../../server/formats/compose/model';

/** What a host device hands the container, or undefined for devices left alone (fuse, tun, GPUs, USB, sound…). */
export function hostDeviceExposure(path: string, writable: boolean): string | undefined {
  const p = normalizeHostPath(path);
  if (p === '/dev') return 'every host device: disks, memory and I/O ports';
  if (p === '/dev/mem' || p === '/dev/kmem') return `raw host memory: it can read any secret of the host${writable ? ' and change the running kernel' : ''}`;
  if (p === '/dev/port') return `raw host I/O ports: it can ${writable ? 'reprogram' : 'read the state of'} host hardware`;
  if (isHostDisk(p)) return `a host disk underneath its file systems: it can read${writable ? ' and change' : ''} any host file, past permissions and mounts`;
  return undefined;
}

/** Whole disks, partitions and the block devices built on them or holding host data (volumes, caches, RAM disks, swap). */
const DISK = [
  /^\/dev\/(sd|hd|vd|xvd)[a-z]+\d*$/,
  /^\/dev\/nvme\d/,
  /^\/dev\/mmcblk\d/,
  /^\/dev\/dm-\d+$/,
  /^\/dev\/md\d+$/,
  /^\/dev\/loop(\d+|-control)$/,
  /^\/dev\/(zd|nbd|rbd|bcache|drbd)\d+(p\d+)?$/,
  /^\/dev\/(mtdblock|ram|zram)\d+$/,
  /^\/dev\/pmem\d/,
  /^\/dev\/root$/,
  /^\/dev\/(mapper|disk|block|md|zvol|rbd|drbd|bcache)(\/|$)/,
];

function isHostDisk(path: string): boolean {
  return DISK.some((re) => re.test(path));
}

/**
 * Block majors of disks and the devices built on them, from the kernel's
 * device list (Documentation/admin-guide/devices.txt), as [first, last, what].
 * 240–254 is where the kernel numbers block drivers without a fixed major
 * (device-mapper, virtio disks, zram, rbd, bcache), counting down from 254.
 */
const DISK_MAJORS: ReadonlyArray<readonly [number, number, string]> = [
  [1, 1, 'RAM disks'],
  [3, 3, 'IDE disks'],
  [7, 7, 'loop devices'],
  [8, 8, 'SCSI and SATA disks'],
  [9, 9, 'RAID (md) devices'],
  [22, 22, 'IDE disks'],
  [31, 31, 'MTD flash block devices'],
  [33, 34, 'IDE disks'],
  [43, 43, 'network block devices'],
  [56, 57, 'IDE disks'],
  [65, 71, 'SCSI and SATA disks'],
  [88, 91, 'IDE disks'],
  [94, 94, 'S/390 DASD disks'],
  [128, 135, 'SCSI and SATA disks'],
  [147, 147, 'DRBD devices'],
  [179, 179, 'MMC and SD cards'],
  [202, 202, 'Xen virtual disks'],
  [230, 230, 'ZFS volumes'],
  [240, 254, 'device-mapper, virtio disks, zram, rbd and other dynamically numbered block devices'],
  [259, 259, 'NVMe disks, persistent memory and extended partitions'],
];

function diskMajor(major: string): string | undefined {
  const n = Number(major);
  return DISK_MAJORS.find(([first, last]) => n >= first && n <= last)?.[2];
}

/** Char major 1: minors 1, 2 and 4 are mem, kmem and port (3, 5, 7, 8, 9 are null, zero, full, random, urandom). */
const MEMORY_MINORS = new Set(['*', '1', '2', '4']);

/** What a device cgroup rule opens up, or undefined for other device classes and mknod-only rules (Docker itself allows `b *:* m`, `c *:* m`). */
export function cgroupRuleExposure(rule: DeviceCgroupRule): string | undefined {
  if (!/[rw]/.test(rule.access)) return undefined;
  if (rule.major === '*') {
    if (rule.type === 'a') return 'every host device (disks, memory, I/O ports)';
    if (rule.type === 'b') return 'every host block device (disks and partitions)';
    return 'every host character device (memory and I/O ports included)';
  }
  if (rule.type !== 'b' && rule.major === '1' && MEMORY_MINORS.has(rule.minor)) return 'raw host memory or I/O ports';
  const disks = rule.type === 'c' ? undefined : diskMajor(rule.major);
  if (disks === undefined) return undefined;
  return rule.minor === '*' ? `every host block device with major ${rule.major} (${disks})` : `host block device ${rule.major}:${rule.minor} (${disks})`;
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/host-devices',
    description: 'Services should not be given host devices that control the host: `/dev/mem`, `/dev/kmem`, `/dev/port`, disks and partitions, `/dev` itself, or device cgroup rules allowing every (block) device or the host\'s disks.',
    checklist: [
      'container-runtime-security.container-capabilities-dropped-where-unnecessary',
      'compose-configuration-security.volume-mounts-minimized-and-secured',
    ],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      device: 'Device {{path}} gives the container {{what}}{{affects}}.',
      cgroupRule: 'device_cgroup_rules entry "{{rule}}" lets the container open {{what}} through any device node it creates or is given{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedDevices(ctx.tree)) {
      const device = placed.item;
      const path = device.resolvedSource;
      const access = deviceAccess(device);
      const what = path === undefined ? undefined : hostDeviceExposure(path, access.write);
      if (path === undefined || what === undefined || !(access.read || access.write)) continue;
      ctx.report({
        span: deviceSourceSpan(ctx.source, device),
        messageId: 'device',
        data: { path, what, affects: sharedSuffix(placed) },
      });
    }
    for (const placed of placedSeqItems(ctx.tree, 'device_cgroup_rules')) {
      const text = scalarText(placed.item)?.trim();
      const rule = text === undefined ? undefined : parseDeviceCgroupRule(text);
      const what = rule && cgroupRuleExposure(rule);
      if (text === undefined || !what) continue;
      ctx.report({
        span: writtenValueSpan(ctx.source, placed.item),
        messageId: 'cgroupRule',
        data: { rule: text, what, affects: sharedSuffix(placed) },
        severity: 'warning',
      });
    }
  },
});
