import rule from '../../../rules/compose/env-file-permissions';
import type { FileHost } from '../../../server/engine/types';
import { testRule } from '../../harness/rule-tester';

/** A workspace with a few env files of given modes, under /work/project. */
function hostWith(modes: Record<string, number>): FileHost {
  return {
    readFile: () => undefined,
    stat: (path) => (path in modes ? { mode: 0o100000 | modes[path]!, size: 10, isFile: true } : undefined),
    glob: () => [],
  };
}

const host = hostWith({
  '/work/project/.env': 0o644,
  '/work/project/secure.env': 0o600,
  '/work/project/config/app.env': 0o640,
  '/etc/app/prod.env': 0o604,
  '/work/project/owner-only.env': 0o400,
});

testRule(rule, {
  valid: [
    { code: 'services:\n  web:\n    env_file: secure.env\n', host },
    { name: 'read-only for the owner', code: 'services:\n  web:\n    env_file: [owner-only.env]\n', host },
    { name: 'missing file', code: 'services:\n  web:\n    env_file: missing.env\n', host },
    { name: 'variable in the path', code: 'services:\n  web:\n    env_file: ${ENV_FILE}\n', host },
  ],
  invalid: [
    {
      name: 'string, list and long forms; relative to the compose file; absolute path',
      host,
      code: 'services:\n  a:\n    env_file: .env\n  b:\n    env_file:\n      - ./config/app.env\n      - path: /etc/app/prod.env\n        required: false\n',
      errors: [
        { messageId: 'tooOpen', message: 'mode 644', line: 3, column: 15, endLine: 3, endColumn: 19 },
        { messageId: 'tooOpen', message: 'mode 640', line: 6, column: 9, endLine: 6, endColumn: 25 },
        { messageId: 'tooOpen', message: 'chmod 600 /etc/app/prod.env', line: 7, column: 15, endLine: 7, endColumn: 32 },
      ],
      output: null,
    },
    {
      name: 'shared through an anchor',
      host,
      code: 'x-e: &e\n  env_file: .env\nservices:\n  a:\n    <<: *e\n  b:\n    <<: *e\n',
      errors: [{ message: 'affects services a, b', line: 2, column: 13, endLine: 2, endColumn: 17 }],
      output: null,
    },
  ],
});
