import rule from '../../../rules/compose/untrusted-registry';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: bitnami/redis:7.2\n  c:\n    image: docker.io/library/postgres:16\n  d:\n    image: index.docker.io/grafana/grafana:11.0.0\n',
    { name: 'registry from a variable', code: 'services:\n  a:\n    image: ${REGISTRY}/app:1.0\n' },
    { name: 'trusted path prefix', code: 'services:\n  a:\n    image: ghcr.io/my-org/app:1.0\n', options: { trustedRegistries: ['docker.io', 'ghcr.io/my-org'] } },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: ghcr.io/someone/app:1.0\n  b:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n',
      errors: [
        { messageId: 'untrusted', message: 'ghcr.io', line: 3, column: 12, endLine: 3, endColumn: 35 },
        { messageId: 'untrusted', message: 'mcr.microsoft.com', line: 5, column: 12, endLine: 5, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: 'only Docker Hub library images trusted',
      code: 'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: someone/tool:1\n',
      options: { trustedRegistries: ['docker.io/library'] },
      errors: [{ line: 5, column: 12, endLine: 5, endColumn: 26 }],
      output: null,
    },
  ],
});
