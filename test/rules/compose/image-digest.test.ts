import rule from '../../../rules/compose/image-digest';
import { testRule } from '../../harness/rule-tester';

testRule(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    { name: 'variables may carry a digest', code: 'services:\n  web:\n    image: nginx:${NGINX_TAG}\n' },
    { name: 'built image', code: 'services:\n  web:\n    build: ./web\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ messageId: 'noDigest', line: 3, column: 12, endLine: 3, endColumn: 22, severity: 'information' }],
      output: null,
    },
  ],
});
