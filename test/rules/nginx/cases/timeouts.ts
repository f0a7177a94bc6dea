import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';
import { memoryHost } from '../support/memory-host';

const SET = '    client_body_timeout 10s;\n    client_header_timeout 10s;\n    keepalive_timeout 20s;\n    send_timeout 10s;\n';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    `events {}\nhttp {\n${SET}}\n`,
    { name: 'set in every server', code: `events {}\nhttp {\n    server {\n${SET}    }\n}\n` },
    { name: 'partial file', code: 'server {\n    listen 80;\n}\n', filename: '/work/project/conf.d/a.conf', host: memoryHost({}) },
    { name: 'keepalive off', code: `http {\n    client_body_timeout 10s;\n    client_header_timeout 10s;\n    keepalive_timeout 0;\n    send_timeout 10s;\n}\n` },
    { name: 'an include that cannot be read, of unknown content, may set them', code: 'events {}\nhttp {\n    include /srv/shared/tls.conf;\n}\n' },
  ],
  invalid: [
    {
      name: 'left at defaults',
      code: 'events {}\nhttp {\n    sendfile on;\n    keepalive_timeout 15s;\n}\n',
      errors: [{ messageId: 'defaults', message: 'client_body_timeout (60s), client_header_timeout (60s), send_timeout (60s)', line: 2, column: 1, endLine: 2, endColumn: 5 }],
      output: 'events {}\nhttp {\n    sendfile on;\n    keepalive_timeout 15s;\n    client_body_timeout 10s;\n    client_header_timeout 10s;\n    send_timeout 10s;\n}\n',
    },
    {
      name: 'too long, two-argument keepalive, CRLF and tabs',
      code: 'http {\r\n\tclient_body_timeout 10s;\r\n\tclient_header_timeout 1m;\r\n\tkeepalive_timeout 65 60;\r\n\tsend_timeout 10s;\r\n}\r\n',
      errors: [
        { messageId: 'tooLong', line: 3, column: 24, endLine: 3, endColumn: 26, fixOutputs: ['http {\r\n\tclient_body_timeout 10s;\r\n\tclient_header_timeout 10s;\r\n\tkeepalive_timeout 65 60;\r\n\tsend_timeout 10s;\r\n}\r\n'] },
        { messageId: 'tooLong', line: 4, column: 20, endLine: 4, endColumn: 22, fixOutputs: ['http {\r\n\tclient_body_timeout 10s;\r\n\tclient_header_timeout 1m;\r\n\tkeepalive_timeout 20s 60;\r\n\tsend_timeout 10s;\r\n}\r\n'] },
      ],
      // Lowering a timeout someone raised is offered, not applied by --fix: long requests may need it.
      output: null,
    },
    {
      name: 'stand-alone nginx.conf of servers',
      code: 'server {\n    listen 80;\n}\n',
      options: { keepaliveTimeout: '75s' },
      errors: [{ messageId: 'defaults', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: 'client_body_timeout 10s;\nclient_header_timeout 10s;\nsend_timeout 10s;\nserver {\n    listen 80;\n}\n',
    },
    {
      name: "Certbot's TLS options cannot be read but set no timeouts: still reported",
      code: 'events {}\nhttp {\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n}\n',
      errors: [{ messageId: 'defaults', message: 'client_body_timeout (60s), client_header_timeout (60s), keepalive_timeout (75s), send_timeout (60s)', line: 2, column: 1, endLine: 2, endColumn: 5 }],
      output: `events {}\nhttp {\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n${SET}}\n`,
    },
  ],
};
