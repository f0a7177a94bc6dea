import rule from '../../../rules/compose/untrusted-registry';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: bitnami/redis:7.2\n  c:\n    image: docker.io/library/postgres:16\n  d:\n    image: index.docker.io/grafana/grafana:11.0.0\n',
    { name: 'registry from a variable', code: 'services:\n  a:\n    image: ${REGISTRY}/app:1.0\n' },
    { name: 'trusted path prefix', code: 'services:\n  a:\n    image: ghcr.io/my-org/app:1.0\n', options: { trustedRegistries: ['docker.io', 'ghcr.io/my-org'] } },
    {
      name: 'deeper path under a trusted prefix written with a trailing slash and capitals',
      code: 'services:\n  a:\n    image: ghcr.io/my-org/team/app:1.0\n  b:\n    image: GHCR.IO/My-Org/worker:2\n',
      options: { trustedRegistries: ['GHCR.io/my-org/'] },
    },
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
      errors: [{
        messageId: 'untrustedPath',
        message: 'Image "someone/tool:1" comes from docker.io/someone, but trustedRegistries trusts docker.io only under "docker.io/library".',
        line: 5, column: 12, endLine: 5, endColumn: 26,
      }],
      output: null,
    },
    {
      name: 'trusted registry host, but outside the trusted path prefix: the message names the image path and the prefix',
      code: 'services:\n  a:\n    image: ghcr.io/other-org/app:1.0\n  b:\n    image: ghcr.io/my-org/app:1.0\n',
      options: { trustedRegistries: ['docker.io', 'ghcr.io/my-org'] },
      errors: [{
        messageId: 'untrustedPath',
        message: 'Image "ghcr.io/other-org/app:1.0" comes from ghcr.io/other-org, but trustedRegistries trusts ghcr.io only under "ghcr.io/my-org".',
        line: 3, column: 12, endLine: 3, endColumn: 37,
      }],
      output: null,
    },
    {
      name: 'a name that merely starts like a prefix, an image without a namespace, and several prefixes as written',
      code: 'services:\n  a:\n    image: ghcr.io/my-org-tools/cli:2\n  b:\n    image: ghcr.io/app:1\n  c:\n    image: quay.io/my-org/app:1\n',
      options: { trustedRegistries: ['ghcr.io/my-org/', 'GHCR.io/team', 'docker.io'] },
      errors: [
        {
          messageId: 'untrustedPath',
          message: 'Image "ghcr.io/my-org-tools/cli:2" comes from ghcr.io/my-org-tools, but trustedRegistries trusts ghcr.io only under "ghcr.io/my-org/" or "GHCR.io/team".',
          line: 3, column: 12, endLine: 3, endColumn: 38,
        },
        {
          messageId: 'untrustedPath',
          message: 'Image "ghcr.io/app:1" comes from ghcr.io, but trustedRegistries trusts ghcr.io only under "ghcr.io/my-org/" or "GHCR.io/team".',
          line: 5, column: 12, endLine: 5, endColumn: 25,
        },
        { messageId: 'untrusted', message: 'Image "quay.io/my-org/app:1" comes from quay.io, which is not in trustedRegistries.', line: 7, column: 12, endLine: 7, endColumn: 32 },
      ],
      output: null,
    },
    {
      name: 'prefix mismatch in an anchor shared by two services',
      code: 'x-app: &app\n  image: ghcr.io/other-org/app:1.0\nservices:\n  a:\n    <<: *app\n  b:\n    <<: *app\n',
      options: { trustedRegistries: ['ghcr.io/my-org'] },
      errors: [{
        messageId: 'untrustedPath',
        message: 'Image "ghcr.io/other-org/app:1.0" comes from ghcr.io/other-org, but trustedRegistries trusts ghcr.io only under "ghcr.io/my-org" (shared through an anchor; affects services a, b).',
        line: 2, column: 10, endLine: 2, endColumn: 35,
      }],
      output: null,
    },
  ],
});
