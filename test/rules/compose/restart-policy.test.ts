import rule from '../../../rules/compose/restart-policy';
import { testRule } from '../../harness/rule-tester';

const title = 'Use unless-stopped (changes runtime behaviour: a container stopped by hand stays stopped after a daemon restart)';

testRule(rule, {
  valid: [
    'services:\n  web:\n    restart: unless-stopped\n  job:\n    restart: "no"\n  worker:\n    restart: on-failure:5\n',
    { name: 'swarm restart policy', code: 'services:\n  web:\n    deploy:\n      restart_policy:\n        condition: on-failure\n' },
    { name: 'merged', code: 'x-r: &r\n  restart: unless-stopped\nservices:\n  web:\n    <<: *r\n' },
  ],
  invalid: [
    {
      name: 'always is replaced, quotes kept',
      code: 'services:\n  web:\n    restart: always\n  db:\n    restart: "always" # keep up\n',
      errors: [
        { messageId: 'always', line: 3, column: 14, endLine: 3, endColumn: 20, fixTitles: [title] },
        { messageId: 'always', line: 5, column: 14, endLine: 5, endColumn: 22 },
      ],
      output: 'services:\n  web:\n    restart: unless-stopped\n  db:\n    restart: "unless-stopped" # keep up\n',
    },
    {
      name: 'missing: softer, fix not preferred',
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'information', fixTitles: ['Add restart: unless-stopped (changes runtime behaviour: the service is restarted after a crash)'] }],
      output: null,
    },
    {
      name: 'always in an anchor, CRLF',
      code: 'x-r: &r\r\n  restart: always\r\nservices:\r\n  a:\r\n    <<: *r\r\n  b:\r\n    <<: *r\r\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 12, endLine: 2, endColumn: 18 }],
      output: 'x-r: &r\r\n  restart: unless-stopped\r\nservices:\r\n  a:\r\n    <<: *r\r\n  b:\r\n    <<: *r\r\n',
    },
  ],
});
