import rule from '../../../rules/compose/docker-socket-mount';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - data:/data\n',
    { name: 'a named volume called like a socket is not a host path', code: 'services:\n  web:\n    volumes:\n      - docker.sock:/x\n' },
  ],
  invalid: [
    {
      name: 'short syntax, read-only does not help; source part reported',
      code: 'services:\n  proxy:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - "/run/podman/podman.sock:/var/run/docker.sock"\n',
      errors: [
        { messageId: 'socket', line: 4, column: 9, endLine: 4, endColumn: 29 },
        { messageId: 'socket', message: '/run/podman/podman.sock', line: 5, column: 10, endLine: 5, endColumn: 33 },
      ],
      output: null,
    },
    {
      name: 'long syntax and an interpolation default',
      code: 'services:\n  agent:\n    volumes:\n      - type: bind\n        source: /run/containerd/containerd.sock\n        target: /run/containerd/containerd.sock\n      - ${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock\n',
      errors: [
        { line: 5, column: 17, endLine: 5, endColumn: 48 },
        { message: 'Mounting /var/run/docker.sock', line: 7, column: 9, endLine: 7, endColumn: 45 },
      ],
      output: null,
    },
    {
      name: 'anchor shared by two services',
      code: 'x-v: &v\n  volumes:\n    - /var/run/docker.sock:/tmp/docker.sock\nservices:\n  a:\n    <<: *v\n  b:\n    <<: *v\n',
      errors: [{ message: 'affects services a, b', line: 3, column: 7, endLine: 3, endColumn: 27 }],
      output: null,
    },
  ],
});
