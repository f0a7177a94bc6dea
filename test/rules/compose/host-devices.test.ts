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
      code: "services:\n  x:\n    device_cgroup_rules:\n      - 'c *:* m'\n      - 'b *:* m'\n      - 'c 189:* rmw'\n      - 'a 7:* rmw'\n      - 'c 1:3 mr'\n      - ${RULE}\n",
    },
    { name: 'the same paths as volumes are the other rule', code: 'services:\n  x:\n    volumes:\n      - /dev/sda:/dev/sda\n' },
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
      code: 'services:\r\n  tools:\r\n    devices:\r\n      - /dev/mem\r\n    device_cgroup_rules:\r\n      - "a *:* rwm"\r\n',
      errors: [
        { messageId: 'device', line: 4, column: 9, endLine: 4, endColumn: 17, severity: 'error' },
        { messageId: 'cgroupRule', line: 6, column: 9, endLine: 6, endColumn: 20, severity: 'warning' },
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
  ],
});
