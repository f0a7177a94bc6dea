import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

const GOOD = 'add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    `server {\n    listen 443 ssl;\n    ${GOOD}\n}\n`,
    { name: 'plain HTTP server', code: 'server {\n    listen 80;\n    root /srv;\n}\n' },
    { name: 'inherited from http', code: `http {\n    ${GOOD}\n    server {\n        listen 443 ssl;\n        location / { root /srv; }\n    }\n}\n` },
    { name: 'merged into a location (add_header_inherit merge)', code: `server {\n    listen 443 ssl;\n    ${GOOD}\n    location / {\n        add_header_inherit merge;\n        add_header Cache-Control no-store;\n    }\n}\n` },
    { name: 'dropped headers are add-header-inheritance\'s finding', code: `server {\n    listen 443 ssl;\n    ${GOOD}\n    location / {\n        add_header Cache-Control no-store;\n    }\n}\n` },
    { name: 'value from a variable', code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security $hsts always;\n}\n' },
    {
      name: 'an include that cannot be read, of unknown content, may send it',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /srv/shared/tls.conf;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'missing: inserted after the own add_header lines',
      code: 'server {\n    listen 443 ssl;\n    add_header X-Frame-Options DENY;\n    root /srv;\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 }],
      output: `server {\n    listen 443 ssl;\n    add_header X-Frame-Options DENY;\n    ${GOOD}\n    root /srv;\n}\n`,
    },
    {
      name: 'missing in a server that inherits http headers: they are re-declared, CRLF and tabs',
      code: 'http {\r\n\tadd_header X-Frame-Options DENY;\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'missing', line: 3, column: 2, endLine: 3, endColumn: 8 }],
      output: `http {\r\n\tadd_header X-Frame-Options DENY;\r\n\tserver {\r\n\t\tlisten 443 ssl;\r\n\t\tadd_header X-Frame-Options DENY;\r\n\t\t${GOOD}\r\n\t}\r\n}\r\n`,
    },
    {
      name: 'short max-age, no includeSubDomains, not always',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=3600";\n}\n',
      errors: [
        { messageId: 'notAlways', line: 3, column: 5, endLine: 3, endColumn: 15 },
        { messageId: 'shortMaxAge', line: 3, column: 42, endLine: 3, endColumn: 56 },
        { messageId: 'noIncludeSubDomains', line: 3, column: 42, endLine: 3, endColumn: 56 },
      ],
      output: `server {\n    listen 443 ssl;\n    ${GOOD}\n}\n`,
    },
    {
      name: 'preload required by option',
      code: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;\n}\n',
      options: { requirePreload: true },
      errors: [{ messageId: 'noPreload', line: 3, column: 42, endLine: 3, endColumn: 79 }],
      output: 'server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains; preload" always;\n}\n',
    },
    {
      name: "Certbot's TLS options cannot be read but send no header: still reported",
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n    }\n}\n',
      errors: [{ messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 11 }],
      output: `events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n        ${GOOD}\n    }\n}\n`,
    },
  ],
};
