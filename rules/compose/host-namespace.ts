import { defineRule } from '../../server/engine/define-rule';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { placedValues, sharedSuffix } from '../../server/formats/compose/services';
import { isAlias, scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

const WHAT: Record<string, string> = {
  network_mode: 'the host network stack: every host interface and localhost-only service is reachable',
  pid: 'the host process namespace: it can see and signal host processes',
  ipc: 'the host IPC namespace: it can read host shared memory',
  uts: 'the host UTS namespace: it can change the host name',
  userns_mode: 'the host user namespace, so root in the container is root on the host',
  cgroup: 'the host cgroup namespace',
};

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/host-namespace',
    description: 'Services should not share the host\'s namespaces (`network_mode: host`, `pid: host`, `ipc: host`, `uts: host`, `userns_mode: host`).',
    checklist: [
      'compose-configuration-security.network-isolation-between-services',
      'network-segmentation.docker-network-isolation',
      'container-hardening.security-profiles-applied',
    ],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      host: '{{key}}: host shares {{what}}{{affects}}.',
    },
  },
  check(ctx) {
    for (const key of Object.keys(WHAT)) {
      for (const placed of placedValues(ctx.tree, key)) {
        const value = placed.item.value;
        const text = withDefaults(scalarText(value) ?? '');
        if (!value || text?.trim().toLowerCase() !== 'host') continue;
        ctx.report({
          span: isAlias(placed.item.written) ? spanOf(value) : { start: spanOf(placed.item.keyNode).start, end: spanOf(value).end },
          messageId: 'host',
          data: { key, what: WHAT[key]!, affects: sharedSuffix(placed) },
        });
      }
    }
  },
});
