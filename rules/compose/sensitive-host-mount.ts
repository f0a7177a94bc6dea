import { defineRule } from '../../server/engine/define-rule';
import { sharedSuffix } from '../../server/formats/compose/services';
import { isEngineSocket, isSensitiveHostPath, placedMounts, sourceSpan } from '../../server/formats/compose/volumes';
import type { ComposeFile } from '../../server/formats/compose/model';
import { resolveHostPath } from './host-devices';

/**
 * Device nodes that hand over one piece of hardware, not the host: USB buses,
 * GPUs, sound, input, serial adapters, tun, fuse, kvm, cameras, the syslog
 * socket. Bind-mounting them is how such devices are shared; compose/host-devices
 * judges the dangerous ones (memory, disks) the same whether mounted or listed.
 */
const HARDWARE_NODE = /^\/dev\/(bus\/usb|dri|snd|input|serial|net\/tun$|fuse$|kvm$|nvidia[^/]*$|tty(USB|ACM|AMA|S)\d+$|video\d+$|hidraw\d+$|log$)/;

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/sensitive-host-mount',
    description: 'Services should not bind-mount host system paths (`/`, `/etc`, `/proc`, `/sys`, `/root`, `/var/lib/docker`, `/boot`, `/dev`, …).',
    checklist: ['compose-configuration-security.volume-mounts-minimized-and-secured'],
    severity: 'error',
    fixable: false,
    scope: 'section',
    messages: {
      sensitive: 'Host path {{path}} is mounted{{mode}}: the container can read{{write}} host system files{{affects}}.',
    },
  },
  check(ctx) {
    for (const placed of placedMounts(ctx.tree)) {
      const mount = placed.item;
      const path = mount.resolvedSource;
      if (mount.kind !== 'bind' || path === undefined || isEngineSocket(path) || !isSensitiveHostPath(path)) continue;
      if (HARDWARE_NODE.test(resolveHostPath(path))) continue;
      ctx.report({
        span: sourceSpan(ctx.source, mount),
        messageId: 'sensitive',
        data: {
          path,
          mode: mount.readOnly ? ' read-only' : ' read-write',
          write: mount.readOnly ? '' : ' and change',
          affects: sharedSuffix(placed),
        },
        ...(mount.readOnly ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
