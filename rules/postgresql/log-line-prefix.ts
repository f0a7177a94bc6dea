import { settingRule } from './shared/setting-rule';
import { logLinePrefixJudge } from './shared/judges';

export default settingRule({
  name: 'log-line-prefix',
  description: 'log_line_prefix should record the user (%u), database (%d) and client host (%h or %r) of each log line.',
  checklist: ['postgres-configuration-security.connection-logging-enabled', 'postgres-configuration-security.query-logging-enabled'],
  severity: 'information',
  fixable: true,
  judges: [logLinePrefixJudge],
});
