import { settingRule } from './shared/setting-rule';
import { sslMinProtocolJudge } from './shared/judges';

export default settingRule({
  name: 'ssl-min-protocol-version',
  description: 'ssl_min_protocol_version must not allow TLS 1.0/1.1 or SSL.',
  checklist: ['postgres-access-control.connection-encryption-ssl-tls', 'encryption.data-in-transit-encryption'],
  severity: 'warning',
  fixable: true,
  judges: [sslMinProtocolJudge],
});
