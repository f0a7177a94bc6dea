import { settingRule } from './shared/setting-rule';
import { sslJudge } from './shared/judges';

export default settingRule({
  name: 'ssl-enabled',
  description: 'TLS must be enabled (ssl = on); it is off by default, so passwords and data cross the network in clear text.',
  checklist: ['postgres-access-control.connection-encryption-ssl-tls', 'encryption.data-in-transit-encryption'],
  severity: 'warning',
  fixable: true,
  judges: [sslJudge],
});
