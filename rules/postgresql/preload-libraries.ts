import { settingRule } from './shared/setting-rule';
import { preloadJudge } from './shared/judges';

export default settingRule({
  name: 'preload-libraries',
  description: 'Preloaded libraries (shared_, session_ and local_preload_libraries) should come from the PostgreSQL library folder, not from other or writable paths.',
  checklist: ['postgres-configuration-security.unnecessary-extensions-disabled'],
  severity: 'warning',
  fixable: false,
  judges: [preloadJudge('shared_preload_libraries'), preloadJudge('session_preload_libraries'), preloadJudge('local_preload_libraries')],
});
