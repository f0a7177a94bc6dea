import rule from '../../../rules/compose/sensitive-host-mount';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - /srv/app:/app\n      - ./conf:/etc/app\n',
    { name: 'the socket is the other rule', code: 'services:\n  web:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n' },
    {
      name: 'device nodes that share one piece of hardware (USB, GPU, serial adapter, syslog socket)',
      code: 'services:\n  ha:\n    volumes:\n      - /dev/bus/usb:/dev/bus/usb\n      - /dev/dri/renderD128:/dev/dri/renderD128\n      - /dev/ttyUSB0:/dev/ttyUSB0\n      - /dev/log:/dev/log\n',
    },
  ],
  invalid: [
    {
      name: 'all of /dev, shared memory and a disk stay reported',
      code: 'services:\n  x:\n    volumes:\n      - /dev:/dev\n      - /dev/shm:/dev/shm\n      - /dev/sda:/dev/sda\n      - /dev/../dev/bus/../sda1:/d\n',
      errors: [
        { messageId: 'sensitive', line: 4, column: 9, endLine: 4, endColumn: 13 },
        { messageId: 'sensitive', line: 5, column: 9, endLine: 5, endColumn: 17 },
        { messageId: 'sensitive', line: 6, column: 9, endLine: 6, endColumn: 17 },
        { messageId: 'sensitive', line: 7, column: 9, endLine: 7, endColumn: 32 },
      ],
      output: null,
    },
    {
      code: 'services:\n  agent:\n    volumes:\n      - /:/host\n      - /proc:/host/proc:ro\n      - "/etc/:/host/etc"\n      - /var/lib/docker/containers:/containers:ro\n',
      errors: [
        { messageId: 'sensitive', message: 'read-write', line: 4, column: 9, endLine: 4, endColumn: 10, severity: 'error' },
        { messageId: 'sensitive', message: 'read-only', line: 5, column: 9, endLine: 5, endColumn: 14, severity: 'warning' },
        { messageId: 'sensitive', message: 'Host path /etc/ ', line: 6, column: 10, endLine: 6, endColumn: 15, severity: 'error' },
        { messageId: 'sensitive', line: 7, column: 9, endLine: 7, endColumn: 35, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: '`..` resolved: /srv/../etc is /etc',
      code: 'services:\n  x:\n    volumes:\n      - /srv/../etc:/h\n',
      errors: [{ messageId: 'sensitive', message: 'Host path /srv/../etc is mounted read-write', line: 4, column: 9, endLine: 4, endColumn: 20 }],
      output: null,
    },
    {
      name: 'block scalars: the host path on its own characters when the first line is written as is, else the value without its header',
      code:
        'services:\n  x:\n    volumes:\n      - >-\n        /etc:/host\n      - |\n\n        /root:/r\n      - type: bind\n        source: >-\n          /proc\n        target: /p\n',
      errors: [
        { messageId: 'sensitive', message: 'Host path /etc ', line: 5, column: 9, endLine: 5, endColumn: 13 },
        { messageId: 'sensitive', message: 'Host path /root ', line: 8, column: 9, endLine: 8, endColumn: 17 },
        { messageId: 'sensitive', message: 'Host path /proc', line: 11, column: 11, endLine: 11, endColumn: 16 },
      ],
      output: null,
    },
    {
      name: 'long syntax',
      code: 'services:\n  agent:\n    volumes:\n      - {type: bind, source: /sys, target: /sys, read_only: true}\n',
      errors: [{ line: 4, column: 30, endLine: 4, endColumn: 34, severity: 'warning' }],
      output: null,
    },
  ],
});
