import { settingRule } from './shared/setting-rule';
import { listenAddressesJudge } from './shared/judges';
import { hbaPathFor, hbaRestrictsAddresses } from './shared/hba-scope';

export default settingRule({
  name: 'listen-addresses',
  description: "The server should listen only on the interfaces clients use, not on every interface (listen_addresses = '*', 0.0.0.0 or ::).",
  checklist: ['postgres-access-control.ip-based-access-restrictions', 'postgres-access-control.database-firewall-rules'],
  severity: 'warning',
  fixable: true,
  options: {
    relaxWhenHbaRestricts: {
      default: true,
      description: 'Report as information only when the pg_hba.conf beside the file (or its hba_file) admits network clients from specific addresses only.',
    },
  },
  judges: [listenAddressesJudge],
  adjust: (judgement, view, ctx) => {
    if (ctx.options['relaxWhenHbaRestricts'] !== true) return judgement;
    const hbaFile = view.get('hba_file');
    const path = hbaPathFor(ctx.path, hbaFile.source ? hbaFile.value : undefined);
    return hbaRestrictsAddresses(ctx.host, path) ? { ...judgement, severity: 'information' } : judgement;
  },
});
