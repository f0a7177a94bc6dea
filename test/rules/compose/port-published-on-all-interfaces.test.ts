import rule from '../../../rules/compose/port-published-on-all-interfaces';
import { testRule } from '../../harness/rule-tester';

const title = 'Bind to 127.0.0.1 (changes runtime behaviour: the port is no longer reachable from other hosts)';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "80:80"\n      - 443:443/tcp\n      - "127.0.0.1:8080:8080"\n',
    { name: 'port from an unset variable', code: 'services:\n  web:\n    ports: ["${PORT}:80"]\n' },
    { name: 'database ports are the other rule', code: 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n' },
    { name: 'allowedPorts option', code: 'services:\n  mail:\n    ports: ["25:25"]\n', options: { allowedPorts: [25, 80, 443] } },
    { name: 'a specific interface address is deliberate', code: 'services:\n  web:\n    ports: ["10.0.0.5:8080:8080"]\n' },
  ],
  invalid: [
    {
      name: 'reported with a fix that is offered but not preferred',
      code: 'services:\n  web:\n    ports:\n      - "8080:80"\n      - ${ADMIN_PORT:-9000}:9000\n      - "8000-8010:8000-8010"\n      - target: 3000\n',
      errors: [
        { messageId: 'published', message: 'Port 8080 ', line: 4, column: 9, endLine: 4, endColumn: 18, severity: 'warning', fixTitles: [title] },
        { messageId: 'published', message: '${ADMIN_PORT:-9000}', line: 5, column: 9, endLine: 5, endColumn: 33, fixTitles: [title] },
        { messageId: 'published', line: 6, column: 9, endLine: 6, endColumn: 30 },
        { messageId: 'published', message: '3000 (on a random host port)', line: 7, column: 17, endLine: 7, endColumn: 21 },
      ],
      output: null,
    },
  ],
});
