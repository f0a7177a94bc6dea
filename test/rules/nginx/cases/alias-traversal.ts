import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    'server {\n    location /static/ {\n        alias /srv/static/;\n    }\n}\n',
    { name: 'neither has a slash', code: 'server {\n    location /static {\n        alias /srv/static;\n    }\n}\n' },
    { name: 'regex location', code: 'server {\n    location ~ ^/img/(.*)$ {\n        alias /srv/img/$1;\n    }\n}\n' },
  ],
  invalid: [
    {
      code: 'server {\n    location /static {\n        alias /srv/static/;\n    }\n}\n',
      errors: [{ messageId: 'traversal', line: 2, column: 14, endLine: 2, endColumn: 21 }],
      output: 'server {\n    location /static/ {\n        alias /srv/static/;\n    }\n}\n',
    },
    {
      name: 'quoted, ^~ modifier, CRLF',
      code: 'server {\r\n\tlocation ^~ "/files" {\r\n\t\talias /data/;\r\n\t}\r\n}\r\n',
      errors: [{ messageId: 'traversal', line: 2, column: 14, endLine: 2, endColumn: 22 }],
      output: 'server {\r\n\tlocation ^~ "/files/" {\r\n\t\talias /data/;\r\n\t}\r\n}\r\n',
    },
  ],
};
