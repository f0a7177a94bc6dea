import { settingRule } from './shared/setting-rule';
import { logStatementJudge } from './shared/judges';

export default settingRule({
  name: 'log-statement',
  description: 'Statements that change the schema should be logged (log_statement = ddl or mod); the default logs none.',
  checklist: ['postgres-configuration-security.query-logging-enabled'],
  severity: 'warning',
  fixable: true,
  judges: [logStatementJudge],
});
