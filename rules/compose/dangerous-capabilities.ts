import { defineRule } from '../../server/engine/define-rule';
import { placedSeqItems, sharedSuffix } from '../../server/formats/compose/services';
import { scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

/** Capabilities that give a container control over the host or other containers. */
export const DANGEROUS_CAPABILITIES = new Set([
  'ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'DAC_READ_SEARCH', 'SYS_RAWIO',
  'SYS_BOOT', 'SYS_TIME', 'BPF', 'PERFMON', 'MAC_ADMIN', 'MAC_OVERRIDE', 'SYSLOG',
  'LINUX_IMMUTABLE', 'SYS_RESOURCE', 'AUDIT_CONTROL', 'CHECKPOINT_RESTORE',
]);

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/dangerous-capabilities',
    description: 'Services should not add capabilities that give control over the host (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, …).',
    checklist: [
      'container-runtime-security.container-capabilities-dropped-where-unnecessary',
      'container-hardening.security-profiles-applied',
    ],
    severity: 'warning',
    fixable: false,
    scope: 'section',
    messages: {
      dangerous: 'cap_add grants {{capability}}, which lets the container reach beyond itself{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedSeqItems(ctx.tree, 'cap_add')) {
      const text = scalarText(placed.item);
      if (text === undefined) continue;
      const capability = text.trim().toUpperCase().replace(/^CAP_/, '');
      if (!DANGEROUS_CAPABILITIES.has(capability)) continue;
      const severity = capability === 'ALL' || capability === 'SYS_ADMIN' ? 'error' : undefined;
      ctx.report({
        span: spanOf(placed.item),
        messageId: 'dangerous',
        data: { capability, affects: sharedSuffix(placed) },
        ...(severity ? { severity } : {}),
      });
    }
  },
});
