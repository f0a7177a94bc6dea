import { settingRule } from './shared/setting-rule';
import { passwordEncryptionJudge } from './shared/judges';

export default settingRule({
  name: 'password-encryption',
  description: 'Passwords must be stored as SCRAM-SHA-256 hashes, not MD5 (password_encryption).',
  checklist: ['postgres-access-control.strong-database-passwords'],
  severity: 'warning',
  fixable: true,
  judges: [passwordEncryptionJudge],
});
