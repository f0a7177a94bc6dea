import { settingRule } from './shared/setting-rule';
import { sslCiphersJudge } from './shared/judges';

export default settingRule({
  name: 'ssl-ciphers',
  description: 'ssl_ciphers must not enable NULL, anonymous, export, RC4, DES/3DES or MD5 cipher suites.',
  checklist: ['postgres-access-control.connection-encryption-ssl-tls', 'encryption.data-in-transit-encryption'],
  severity: 'warning',
  fixable: true,
  judges: [sslCiphersJudge],
});
