import { defineRule } from '../../server/engine/define-rule';
import { withDefaults } from '../../server/formats/compose/interpolation';
import { placedSeqItems, sharedSuffix } from '../../server/formats/compose/services';
import { scalarText, spanOf, type ComposeFile } from '../../server/formats/compose/model';

/** The profile a `security_opt` entry switches off, or undefined. */
export function disabledProfile(option: string): string | undefined {
  const m = /^(seccomp|apparmor|label|systempaths)[:=](.*)$/i.exec(option.trim());
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  const value = m[2]!.trim().toLowerCase();
  if ((kind === 'seccomp' || kind === 'apparmor' || kind === 'systempaths') && value === 'unconfined') return kind;
  if (kind === 'label' && (value === 'disable' || /^type[:=]spc_t$/.test(value))) return 'SELinux labelling';
  return undefined;
}

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/unconfined-security-profile',
    description: 'Services must keep their seccomp, AppArmor and SELinux confinement (no `seccomp:unconfined`, `apparmor:unconfined`, `label:disable`).',
    checklist: [
      'container-hardening.security-profiles-applied',
      'container-runtime-security.seccomp-profiles-applied',
      'container-runtime-security.apparmor-selinux-policies-enforced',
    ],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      unconfined: '"{{option}}" switches off {{profile}} confinement{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedSeqItems(ctx.tree, 'security_opt')) {
      const option = withDefaults(scalarText(placed.item) ?? '');
      const profile = option === undefined ? undefined : disabledProfile(option);
      if (!profile) continue;
      ctx.report({
        span: spanOf(placed.item),
        messageId: 'unconfined',
        data: { option: option!.trim(), profile, affects: sharedSuffix(placed) },
      });
    }
  },
});
