import rule from '../../../rules/compose/resource-limits';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n          cpus: "0.5"\n',
    'services:\n  web:\n    mem_limit: 512m\n    cpus: 1.5\n',
    { name: 'limits merged from an anchor', code: 'x-l: &l\n  mem_limit: 1g\n  cpus: 1\nservices:\n  web:\n    <<: *l\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n  db:\n    mem_limit: 1g\n  cache:\n    deploy:\n      resources:\n        limits: {memory: 256M}\n',
      errors: [
        { messageId: 'none', line: 2, column: 3, endLine: 2, endColumn: 6 },
        { messageId: 'noCpu', line: 4, column: 3, endLine: 4, endColumn: 5 },
        { messageId: 'noCpu', line: 6, column: 3, endLine: 6, endColumn: 8 },
      ],
      output: null,
    },
    {
      name: 'CPU only',
      code: 'services:\n  web:\n    cpus: 2\n',
      errors: [{ messageId: 'noMemory', line: 2, column: 3, endLine: 2, endColumn: 6 }],
      output: null,
    },
  ],
});
