// A throw-away folder per run: workspace, code-server state, browser profile and
// the XDG_* dirs every child process gets, so nothing is written under $HOME.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function createSandbox(prefix = 'hardenlint-e2e-') {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const xdg = {
    XDG_CONFIG_HOME: join(root, 'xdg', 'config'),
    XDG_DATA_HOME: join(root, 'xdg', 'data'),
    XDG_CACHE_HOME: join(root, 'xdg', 'cache'),
    XDG_STATE_HOME: join(root, 'xdg', 'state'),
    XDG_RUNTIME_DIR: join(root, 'xdg', 'runtime'),
  };
  for (const dir of [...Object.values(xdg), join(root, 'home')]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    root,
    path: (...parts) => join(root, ...parts),
    dir(...parts) {
      const p = join(root, ...parts);
      mkdirSync(p, { recursive: true });
      return p;
    },
    /** The environment for child processes: XDG dirs and HOME inside the sandbox. */
    env(extra = {}) {
      return { ...process.env, ...xdg, HOME: join(root, 'home'), ...extra };
    },
    remove() {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
