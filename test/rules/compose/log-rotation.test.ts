import rule from '../../../rules/compose/log-rotation';
import { testRule } from '../../harness/rule-tester';

const title = 'Rotate logs with max-size 10m and max-file 3';

testRule(rule, {
  valid: [
    'services:\n  web:\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n',
    { name: 'local rotates by default', code: 'services:\n  web:\n    logging:\n      driver: local\n' },
    { name: 'shipping drivers', code: 'services:\n  web:\n    logging:\n      driver: syslog\n' },
    { name: 'merged', code: 'x-l: &l\n  logging:\n    options: {max-size: 5m}\nservices:\n  web:\n    <<: *l\n' },
  ],
  invalid: [
    {
      name: 'no logging block: softer, fix offered but not preferred',
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ messageId: 'defaultDriver', line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'information', fixTitles: ['Set the json-file driver with max-size 10m and max-file 3'] }],
      output: null,
    },
    {
      name: 'json-file without options',
      code: 'services:\n  web:\n    logging:\n      driver: json-file\n    image: nginx\n',
      errors: [{ messageId: 'unrotated', line: 4, column: 15, endLine: 4, endColumn: 24, severity: 'warning', fixTitles: [title] }],
      output: 'services:\n  web:\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n    image: nginx\n',
    },
    {
      name: 'existing options keep their max-file; CRLF',
      code: 'services:\r\n  web:\r\n    logging:\r\n      driver: json-file\r\n      options:\r\n        max-file: "5"\r\n',
      errors: [{ messageId: 'unrotated', line: 4, column: 15, endLine: 4, endColumn: 24 }],
      output: 'services:\r\n  web:\r\n    logging:\r\n      driver: json-file\r\n      options:\r\n        max-file: "5"\r\n        max-size: "10m"\r\n',
    },
    {
      name: 'flow logging mapping',
      code: 'services:\n  web:\n    logging: {driver: json-file}\n',
      errors: [{ messageId: 'unrotated', line: 3, column: 23, endLine: 3, endColumn: 32 }],
      output: 'services:\n  web:\n    logging: {driver: json-file, options: {max-size: "10m", max-file: "3"}}\n',
    },
  ],
});
