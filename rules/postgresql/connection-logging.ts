import { settingRule } from './shared/setting-rule';
import { logConnectionsJudge, logDisconnectionsJudge } from './shared/judges';

export default settingRule({
  name: 'connection-logging',
  description: 'Connections and disconnections should be logged (log_connections and log_disconnections = on); both are off by default.',
  checklist: ['postgres-configuration-security.connection-logging-enabled', 'postgres-configuration-security.failed-authentication-logging'],
  severity: 'warning',
  fixable: true,
  judges: [logConnectionsJudge, logDisconnectionsJudge],
});
