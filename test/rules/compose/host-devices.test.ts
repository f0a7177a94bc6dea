import rule from '../../../rules/compose/host-devices';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'common devices that do not hand over the host',
      code:
        'services:\n  media:\n    devices:\n      - /dev/fuse:/dev/fuse\n      - /dev/net/tun\n      - /dev/dri:/dev/dri\n      - /dev/dri/renderD128:/dev/dri/renderD128\n' +
        '      - /dev/snd:/dev/snd\n      - /dev/ttyUSB0:/dev/ttyUSB0:rw\n      - /dev/bus/usb:/dev/bus/usb\n      - /dev/nvidia0\n      - /dev/nvidiactl\n' +
        '      - /dev/kvm\n      - /dev/sr0\n      - /dev/sg1\n      - /dev/hidraw0\n      - vendor1.com/device=gpu\n      - source: /dev/video0\n        target: /dev/video0\n',
    },
    {
      name: 'variables without a default are not guessed at; a benign default is fine',
      code: 'services:\n  x:\n    devices:\n      - ${DEV}:/dev/xvda\n      - ${DISK:?set DISK}\n      - "${DEV:-/dev/fuse}:/dev/fuse"\n',
    },
    {
      name: 'mknod-only permissions give no access',
      code: 'services:\n  x:\n    devices:\n      - /dev/sda:/dev/sda:m\n      - {source: /dev/mem, permissions: m}\n',
    },
    {
      name: 'narrow and mknod-only cgroup rules (Docker allows b *:* m and c *:* m itself)',
      code:
        "services:\n  x:\n    device_cgroup_rules:\n      - 'c *:* m'\n      - 'b *:* m'\n      - 'c 189:* rmw'\n      - 'a 11:* rmw'\n      - 'c 1:3 mr'\n      - ${RULE}\n" +
        "      - 'b 8:* m'\n      - 'c 8:0 rw'\n      - 'c 7:* rw'\n      - 'b 2:0 rw'\n      - 'b 239:0 rw'\n      - 'b 255:* rw'\n      - 'b 260:0 rw'\n",
    },
    { name: 'the same paths as volumes are the other rule', code: 'services:\n  x:\n    volumes:\n      - /dev/sda:/dev/sda\n' },
    {
      name: 'paths that leave /dev once .. is resolved, and names that only look like storage devices',
      code:
        'services:\n  x:\n    devices:\n      - /dev/../etc/sda\n      - /dev/sda/../../tmp/x\n      - /dev/zdx\n      - /dev/nbd\n      - /dev/rbdx0\n' +
        '      - /dev/ramdisk\n      - /dev/rootfs\n      - /dev/drbd0x\n      - /dev/mtdblockA\n      - /dev/pmem\n      - /dev/zvolume\n      - /dev/mtd0\n',
    },
  ],
  invalid: [
    {
      name: 'short syntax: source part reported, quoted, permissions, trailing slash',
      code:
        'services:\n  tools:\n    devices:\n      - /dev/mem:/dev/mem\n      - "/dev/sda:/dev/xvda:rwm"\n      - /dev/nvme0n1p2\n      - /dev/fuse:/dev/fuse\n' +
        '      - /dev/disk/by-uuid/1234:/dev/data:r\n      - /dev/\n      - /dev/mapper/vg0-root:rw\n',
      errors: [
        { messageId: 'device', message: 'Device /dev/mem gives the container raw host memory: it can read any secret of the host and change the running kernel', line: 4, column: 9, endLine: 4, endColumn: 17, severity: 'error' },
        { messageId: 'device', message: 'Device /dev/sda gives the container a host disk underneath its file systems: it can read and change any host file', line: 5, column: 10, endLine: 5, endColumn: 18, severity: 'error' },
        { messageId: 'device', message: '/dev/nvme0n1p2', line: 6, column: 9, endLine: 6, endColumn: 23 },
        { messageId: 'device', message: '/dev/disk/by-uuid/1234 gives the container a host disk underneath its file systems: it can read any host file', line: 8, column: 9, endLine: 8, endColumn: 31 },
        { messageId: 'device', message: 'every host device', line: 9, column: 9, endLine: 9, endColumn: 14 },
        { messageId: 'device', message: '/dev/mapper/vg0-root gives', line: 10, column: 9, endLine: 10, endColumn: 29 },
      ],
      output: null,
    },
    {
      name: 'flow list',
      code: 'services:\n  tools:\n    devices: ["/dev/kmem", /dev/port:/dev/port, /dev/ttyUSB0, /dev/loop0]\n',
      errors: [
        { message: 'Device /dev/kmem gives the container raw host memory', line: 3, column: 16, endLine: 3, endColumn: 25 },
        { message: 'Device /dev/port gives the container raw host I/O ports', line: 3, column: 28, endLine: 3, endColumn: 37 },
        { message: '/dev/loop0', line: 3, column: 63, endLine: 3, endColumn: 73 },
      ],
      output: null,
    },
    {
      name: 'long syntax: the source value is reported; read-only access still counts',
      code: 'services:\n  backup:\n    devices:\n      - source: /dev/sdb1\n        target: /dev/backup\n        permissions: r\n      - {source: /dev/sdc, permissions: m}\n      - source: /dev/snd\n      - {source: /dev/xvda, target: /dev/xvda}\n',
      errors: [
        { messageId: 'device', message: '/dev/sdb1 gives the container a host disk underneath its file systems: it can read any', line: 4, column: 17, endLine: 4, endColumn: 26 },
        { messageId: 'device', message: '/dev/xvda gives the container a host disk underneath its file systems: it can read and change', line: 9, column: 18, endLine: 9, endColumn: 27 },
      ],
      output: null,
    },
    {
      name: 'interpolation default: the whole source part is reported',
      code: 'services:\n  x:\n    devices:\n      - ${DISK:-/dev/sda}:/dev/xvda\n',
      errors: [{ message: 'Device /dev/sda gives', line: 4, column: 9, endLine: 4, endColumn: 26 }],
      output: null,
    },
    {
      name: 'entries in an anchor merged into two services are reported once',
      code: 'x-disks: &disks\n  devices:\n    - /dev/sda:/dev/sda\nservices:\n  a:\n    <<: *disks\n  b:\n    <<: *disks\n',
      errors: [{ message: '(shared through an anchor; affects services a, b)', line: 3, column: 7, endLine: 3, endColumn: 15 }],
      output: null,
    },
    {
      name: 'a list used through an alias',
      code: 'x-dev: &dev\n  - /dev/mem\nservices:\n  a:\n    devices: *dev\n  b:\n    devices: [/dev/fuse]\n',
      errors: [{ message: 'affects service a)', line: 2, column: 5, endLine: 2, endColumn: 13 }],
      output: null,
    },
    {
      name: 'CRLF line ends',
      code: 'services:\r\n  tools:\r\n    devices:\r\n      - /dev/mem\r\n      - >-\r\n        /dev/sda:/dev/sda\r\n    device_cgroup_rules:\r\n      - "a *:* rwm"\r\n      - |\r\n        b 8:* rw\r\n',
      errors: [
        { messageId: 'device', line: 4, column: 9, endLine: 4, endColumn: 17, severity: 'error' },
        { messageId: 'device', message: '/dev/sda', line: 6, column: 9, endLine: 6, endColumn: 17, severity: 'error' },
        { messageId: 'cgroupRule', line: 8, column: 9, endLine: 8, endColumn: 20, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'major 8', line: 10, column: 9, endLine: 10, endColumn: 17, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: 'device cgroup rules allowing every device, every block or char device, or host memory',
      code: "services:\n  x:\n    device_cgroup_rules:\n      - 'a *:* r'\n      - 'b *:* rwm'\n      - 'c *:* rw'\n      - 'c 1:1 r'\n      - 'b *:* m'\n      - 'c 189:* rmw'\n",
      errors: [
        { messageId: 'cgroupRule', message: '"a *:* r" lets the container open every host device', line: 4, column: 9, endLine: 4, endColumn: 18, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'every host block device', line: 5, column: 9, endLine: 5, endColumn: 20, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'every host character device', line: 6, column: 9, endLine: 6, endColumn: 19, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'raw host memory', line: 7, column: 9, endLine: 7, endColumn: 18, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: 'cgroup rules in an anchor shared by two services',
      code: "x-rules: &rules\n  - b *:* rwm\nservices:\n  a:\n    device_cgroup_rules: *rules\n  b:\n    device_cgroup_rules: *rules\n",
      errors: [{ messageId: 'cgroupRule', message: 'affects services a, b', line: 2, column: 5, endLine: 2, endColumn: 14 }],
      output: null,
    },
    {
      name: 'more block storage devices: ZFS volumes, network and replicated block devices, caches, flash, persistent memory, RAM disks, /dev/root',
      code:
        'services:\n  x:\n    devices:\n      - /dev/zvol/tank/vm0:/dev/vda\n      - /dev/zd16\n      - /dev/nbd0:/dev/nbd0\n      - /dev/rbd3p1\n      - /dev/bcache0\n' +
        '      - /dev/mtdblock2:r\n      - /dev/pmem0\n      - /dev/ram0\n      - /dev/root:/dev/root:r\n      - /dev/drbd1\n      - /dev/zram0\n      - /dev/rbd/rbd/image1\n',
      errors: [
        { messageId: 'device', message: 'Device /dev/zvol/tank/vm0 gives the container a host disk underneath its file systems: it can read and change', line: 4, column: 9, endLine: 4, endColumn: 27, severity: 'error' },
        { messageId: 'device', message: 'Device /dev/zd16 gives', line: 5, column: 9, endLine: 5, endColumn: 18 },
        { messageId: 'device', message: 'Device /dev/nbd0 gives', line: 6, column: 9, endLine: 6, endColumn: 18 },
        { messageId: 'device', message: 'Device /dev/rbd3p1 gives', line: 7, column: 9, endLine: 7, endColumn: 20 },
        { messageId: 'device', message: 'Device /dev/bcache0 gives', line: 8, column: 9, endLine: 8, endColumn: 21 },
        { messageId: 'device', message: 'Device /dev/mtdblock2 gives the container a host disk underneath its file systems: it can read any', line: 9, column: 9, endLine: 9, endColumn: 23 },
        { messageId: 'device', message: 'Device /dev/pmem0 gives', line: 10, column: 9, endLine: 10, endColumn: 19 },
        { messageId: 'device', message: 'Device /dev/ram0 gives', line: 11, column: 9, endLine: 11, endColumn: 18 },
        { messageId: 'device', message: 'Device /dev/root gives the container a host disk underneath its file systems: it can read any', line: 12, column: 9, endLine: 12, endColumn: 18 },
        { messageId: 'device', message: 'Device /dev/drbd1 gives', line: 13, column: 9, endLine: 13, endColumn: 19 },
        { messageId: 'device', message: 'Device /dev/zram0 gives', line: 14, column: 9, endLine: 14, endColumn: 19 },
        { messageId: 'device', message: 'Device /dev/rbd/rbd/image1 gives', line: 15, column: 9, endLine: 15, endColumn: 28 },
      ],
      output: null,
    },
    {
      name: '.. is resolved in the host path; the finding stays on the path as written',
      code: 'services:\n  x:\n    devices:\n      - /dev/../dev/sde:/dev/sde\n      - /dev/disk/../../dev/./mem\n      - /dev/sda/..\n      - /../dev/sdb\n      - {source: /dev/fuse/../nvme0n1}\n',
      errors: [
        { messageId: 'device', message: 'Device /dev/../dev/sde gives the container a host disk', line: 4, column: 9, endLine: 4, endColumn: 24 },
        { messageId: 'device', message: 'Device /dev/disk/../../dev/./mem gives the container raw host memory', line: 5, column: 9, endLine: 5, endColumn: 34 },
        { messageId: 'device', message: 'Device /dev/sda/.. gives the container every host device', line: 6, column: 9, endLine: 6, endColumn: 20 },
        { messageId: 'device', message: 'Device /../dev/sdb gives the container a host disk', line: 7, column: 9, endLine: 7, endColumn: 20 },
        { messageId: 'device', message: 'Device /dev/fuse/../nvme0n1 gives the container a host disk', line: 8, column: 18, endLine: 8, endColumn: 38 },
      ],
      output: null,
    },
    {
      name: 'block scalars: the host path on its own characters when the first line is written as is',
      code:
        'services:\n  x:\n    devices:\n      - >-\n        /dev/sde:/dev/sde\n      - |\n        /dev/mem\n      - >2-   # extra indentation kept\n           /dev/sdf:/dev/sdf\n' +
        '      - source: >-\n          /dev/sdg\n        target: /dev/sdg\n      - >\n        /dev/sdh:\n        /dev/sdh\n',
      errors: [
        { messageId: 'device', message: 'Device /dev/sde gives', line: 5, column: 9, endLine: 5, endColumn: 17 },
        { messageId: 'device', message: 'Device /dev/mem gives', line: 7, column: 9, endLine: 7, endColumn: 17 },
        { messageId: 'device', message: 'Device /dev/sdf gives', line: 9, column: 12, endLine: 9, endColumn: 20 },
        { messageId: 'device', message: 'Device /dev/sdg gives', line: 11, column: 11, endLine: 11, endColumn: 19 },
        { messageId: 'device', message: 'Device /dev/sdh gives', line: 14, column: 9, endLine: 14, endColumn: 17 },
      ],
      output: null,
    },
    {
      name: 'block scalars whose text is not written as is: the whole value, without the header and trailing line breaks',
      code:
        'services:\n  x:\n    devices:\n      - |\n\n        /dev/sde:/dev/sde\n\n      - >-\n\n        /dev/sdf:/dev/sdf\n        :rw\n      - "/dev/\\x73dg"\n    device_cgroup_rules:\n      - >-\n        b 8:* rwm\n',
      errors: [
        { messageId: 'device', message: 'Device /dev/sde gives', line: 6, column: 9, endLine: 6, endColumn: 26 },
        { messageId: 'device', message: 'Device /dev/sdf gives', line: 10, column: 9, endLine: 11, endColumn: 12 },
        { messageId: 'device', message: 'Device /dev/sdg gives', line: 12, column: 9, endLine: 12, endColumn: 22 },
        { messageId: 'cgroupRule', message: '"b 8:* rwm" lets the container open every host block device with major 8', line: 15, column: 9, endLine: 15, endColumn: 18, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: 'device cgroup rules opening the host disk classes (block or all devices with a disk major, read or write)',
      code:
        "services:\n  x:\n    device_cgroup_rules:\n      - 'b 8:* rwm'\n      - 'b 259:* rw'\n      - 'b 253:* rwm'\n      - 'b 8:0 r'\n      - 'a 7:* rmw'\n" +
        "      - b 9:0 w\n      - 'b 179:* rw'\n      - 'b 202:1 r'\n      - 'b 43:* rw'\n      - 'b 65:16 rw'\n      - 'b 135:* r'\n      - 'b 240:0 rw'\n      - 'b 230:* rw'\n      - 'b 3:* r'\n",
      errors: [
        { messageId: 'cgroupRule', message: 'device_cgroup_rules entry "b 8:* rwm" lets the container open every host block device with major 8 (SCSI and SATA disks) through any device node it creates or is given.', line: 4, column: 9, endLine: 4, endColumn: 20, severity: 'warning' },
        { messageId: 'cgroupRule', message: '"b 259:* rw" lets the container open every host block device with major 259 (NVMe disks', line: 5, column: 9, endLine: 5, endColumn: 21, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'every host block device with major 253 (device-mapper', line: 6, column: 9, endLine: 6, endColumn: 22, severity: 'warning' },
        { messageId: 'cgroupRule', message: '"b 8:0 r" lets the container open host block device 8:0 (SCSI and SATA disks)', line: 7, column: 9, endLine: 7, endColumn: 18, severity: 'warning' },
        { messageId: 'cgroupRule', message: 'every host block device with major 7 (loop devices)', line: 8, column: 9, endLine: 8, endColumn: 20 },
        { messageId: 'cgroupRule', message: 'host block device 9:0 (RAID (md) devices)', line: 9, column: 9, endLine: 9, endColumn: 16 },
        { messageId: 'cgroupRule', message: 'major 179 (MMC and SD cards)', line: 10, column: 9, endLine: 10, endColumn: 21 },
        { messageId: 'cgroupRule', message: 'host block device 202:1 (Xen virtual disks)', line: 11, column: 9, endLine: 11, endColumn: 20 },
        { messageId: 'cgroupRule', message: 'major 43 (network block devices)', line: 12, column: 9, endLine: 12, endColumn: 20 },
        { messageId: 'cgroupRule', message: 'host block device 65:16 (SCSI and SATA disks)', line: 13, column: 9, endLine: 13, endColumn: 21 },
        { messageId: 'cgroupRule', message: 'major 135 (SCSI and SATA disks)', line: 14, column: 9, endLine: 14, endColumn: 20 },
        { messageId: 'cgroupRule', message: 'host block device 240:0 (device-mapper', line: 15, column: 9, endLine: 15, endColumn: 21 },
        { messageId: 'cgroupRule', message: 'major 230 (ZFS volumes)', line: 16, column: 9, endLine: 16, endColumn: 21 },
        { messageId: 'cgroupRule', message: 'major 3 (IDE disks)', line: 17, column: 9, endLine: 17, endColumn: 18 },
      ],
      output: null,
    },
  ],
});
