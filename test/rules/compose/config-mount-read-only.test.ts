import rule from '../../../rules/compose/config-mount-read-only';
import { testRule } from '../../harness/rule-tester';

const title = 'Mount read-only (changes runtime behaviour: the container can no longer write to it)';

testRule(rule, {
  valid: [
    'services:\n  web:\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - ./data:/var/lib/app\n      - db:/var/lib/postgresql/data\n',
    { name: 'long syntax read-only', code: 'services:\n  web:\n    volumes:\n      - type: bind\n        source: ./app.yml\n        target: /app/app.yml\n        read_only: true\n' },
    { name: 'source code folders are not config', code: 'services:\n  web:\n    volumes:\n      - ./src:/usr/src/app\n' },
  ],
  invalid: [
    {
      name: 'short syntax: :ro appended, quotes kept',
      code: 'services:\n  web:\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf\n      - "./certs/site.pem:/certs/site.pem" # TLS\n      - \'/etc/localtime:/etc/localtime\'\n',
      errors: [
        { messageId: 'writable', line: 4, column: 9, endLine: 4, endColumn: 43, fixTitles: [title] },
        { messageId: 'writable', line: 5, column: 9, endLine: 5, endColumn: 43 },
        { messageId: 'writable', line: 6, column: 9, endLine: 6, endColumn: 40 },
      ],
      output: 'services:\n  web:\n    volumes:\n      - ./nginx.conf:/etc/nginx/nginx.conf:ro\n      - "./certs/site.pem:/certs/site.pem:ro" # TLS\n      - \'/etc/localtime:/etc/localtime:ro\'\n',
    },
    {
      name: 'rw becomes ro; other mode flags kept; CRLF',
      code: 'services:\r\n  web:\r\n    volumes:\r\n      - ./conf.d:/etc/nginx/conf.d:rw\r\n      - ./my.cnf:/etc/mysql/my.cnf:z\r\n',
      errors: [
        { line: 4, column: 9, endLine: 4, endColumn: 38 },
        { line: 5, column: 9, endLine: 5, endColumn: 37 },
      ],
      output: 'services:\r\n  web:\r\n    volumes:\r\n      - ./conf.d:/etc/nginx/conf.d:ro\r\n      - ./my.cnf:/etc/mysql/my.cnf:ro,z\r\n',
    },
    {
      name: 'long syntax: read_only added or switched',
      code: 'services:\n  web:\n    volumes:\n      - type: bind\n        source: ./app.yml\n        target: /app/app.yml\n      - {type: bind, source: ./.env, target: /app/.env, read_only: false}\n',
      errors: [
        { line: 5, column: 17, endLine: 5, endColumn: 26 },
        { line: 7, column: 30, endLine: 7, endColumn: 36 },
      ],
      output: 'services:\n  web:\n    volumes:\n      - type: bind\n        source: ./app.yml\n        target: /app/app.yml\n        read_only: true\n      - {type: bind, source: ./.env, target: /app/.env, read_only: true}\n',
    },
    {
      name: 'flow list inside an anchor',
      code: 'x-v: &v\n  volumes: [./prometheus.yml:/etc/prometheus/prometheus.yml]\nservices:\n  a:\n    <<: *v\n',
      errors: [{ message: 'affects service a', line: 2, column: 13, endLine: 2, endColumn: 60 }],
      output: 'x-v: &v\n  volumes: [./prometheus.yml:/etc/prometheus/prometheus.yml:ro]\nservices:\n  a:\n    <<: *v\n',
    },
  ],
});
