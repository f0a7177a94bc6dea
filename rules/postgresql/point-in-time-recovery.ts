import { settingRule } from './shared/setting-rule';
import { archiveModeJudge, walLevelJudge } from './shared/judges';

export default settingRule({
  name: 'point-in-time-recovery',
  description: 'Point-in-time recovery needs WAL that can replay changes (wal_level replica or logical) and WAL archiving (archive_mode with an archive_command or archive_library).',
  checklist: ['postgres-data-protection.point-in-time-recovery-configured'],
  severity: 'warning',
  fixable: true,
  judges: [walLevelJudge, archiveModeJudge],
});
