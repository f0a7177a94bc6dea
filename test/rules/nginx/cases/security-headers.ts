import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

const ALL = [
  'add_header X-Frame-Options "SAMEORIGIN" always;',
  'add_header X-Content-Type-Options "nosniff" always;',
  'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
  'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;',
  'add_header X-XSS-Protection "1; mode=block" always;',
];
const CSP = 'add_header Content-Security-Policy "default-src \'self\'" always;';
const block = (indent: string, lines: string[]): string => lines.map((l) => indent + l + '\n').join('');

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    `server {\n    listen 443 ssl;\n${block('    ', [...ALL, CSP])}}\n`,
    { name: 'inherited from http', code: `http {\n${block('    ', [...ALL, CSP])}    server {\n        root /srv;\n    }\n}\n` },
    { name: 'redirect-only server', code: 'server {\n    listen 80;\n    return 301 https://$host$request_uri;\n}\n' },
    { name: 'modern X-XSS-Protection 0 by option', code: `server {\n${block('    ', [...ALL.slice(0, 4), 'add_header X-XSS-Protection 0;', CSP])}}\n`, options: { xXssProtection: '0' } },
    { name: 'dynamic values from maps (h5bp)', code: `server {\n${block('    ', [...ALL.slice(1), 'add_header X-Frame-Options $x_frame_options always;', 'add_header Content-Security-Policy $csp always;'])}}\n` },
    {
      name: 'an include that cannot be read, of unknown content, may send them',
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /srv/shared/tls.conf;\n        root /srv;\n    }\n}\n',
    },
  ],
  invalid: [
    {
      name: 'nothing set: one finding for the headers, one for CSP',
      code: 'server {\n    listen 80;\n    root /srv;\n}\n',
      errors: [
        { messageId: 'missing', message: 'X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Permissions-Policy, X-XSS-Protection', line: 1, column: 1, endLine: 1, endColumn: 7 },
        { messageId: 'missingCsp', line: 1, column: 1, endLine: 1, endColumn: 7, fixTitles: ["Add a restrictive Content-Security-Policy (changes runtime behaviour: scripts, styles, frames and forms from other origins are blocked)"] },
      ],
      output: `server {\n    listen 80;\n    root /srv;\n${block('    ', ALL)}}\n`,
    },
    {
      name: 'server inherits some from http: the fix re-declares them, CRLF and tabs',
      code: `http {\r\n\t${CSP}\r\n\tadd_header X-Frame-Options DENY;\r\n\tserver {\r\n\t\tlisten 80;\r\n\t}\r\n}\r\n`,
      errors: [{ messageId: 'missing', message: 'X-Content-Type-Options, Referrer-Policy', line: 4, column: 2, endLine: 4, endColumn: 8 }],
      output: `http {\r\n\t${CSP}\r\n\tadd_header X-Frame-Options DENY;\r\n\tserver {\r\n\t\tlisten 80;\r\n\t\t${CSP}\r\n\t\tadd_header X-Frame-Options DENY;\r\n${block('\t\t', [ALL[1]!, ALL[2]!]).replace(/\n/g, '\r\n')}\t}\r\n}\r\n`,
      options: { permissionsPolicy: false, xXssProtection: 'off' },
    },
    {
      name: 'wrong values',
      code: `server {\n${block('    ', [...ALL.slice(2), CSP])}    add_header X-Frame-Options "ALLOW-FROM https://a.example";\n    add_header X-Content-Type-Options sniff;\n}\n`,
      errors: [
        { messageId: 'badValue', line: 6, column: 32, endLine: 6, endColumn: 62 },
        { messageId: 'badValue', line: 7, column: 39, endLine: 7, endColumn: 44 },
      ],
      output: `server {\n${block('    ', [...ALL.slice(2), CSP])}    add_header X-Frame-Options "SAMEORIGIN";\n    add_header X-Content-Type-Options "nosniff";\n}\n`,
    },
    {
      name: 'a location opens on the line of the last directive: the headers go before it, not into it',
      code: 'server {\n    root /srv; location / {\n        try_files $uri =404;\n    }\n}\n',
      errors: [
        { messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 },
        { messageId: 'missingCsp', line: 1, column: 1, endLine: 1, endColumn: 7 },
      ],
      output: `server {\n    root /srv; ${ALL.join(' ')} location / {\n        try_files $uri =404;\n    }\n}\n`,
    },
    {
      name: 'a location opens on the server line: the headers go right after the brace',
      code: 'server { location / {\n        root /srv;\n    }\n}\n',
      errors: [
        { messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 7 },
        { messageId: 'missingCsp', line: 1, column: 1, endLine: 1, endColumn: 7 },
      ],
      output: `server { ${ALL.join(' ')} location / {\n        root /srv;\n    }\n}\n`,
    },
    {
      name: "Certbot's TLS options cannot be read but set no headers: they are still reported",
      code: 'events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n        root /srv;\n    }\n}\n',
      errors: [
        { messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 11 },
        { messageId: 'missingCsp', line: 3, column: 5, endLine: 3, endColumn: 11 },
      ],
      output: `events {}\nhttp {\n    server {\n        listen 443 ssl;\n        include /etc/letsencrypt/options-ssl-nginx.conf;\n        root /srv;\n${block('        ', ALL)}    }\n}\n`,
    },
  ],
};
