// Debian's Chromium driven by playwright-core from .tools/ (never a downloaded browser).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

export function loadPlaywright(toolsDir) {
  const entry = join(toolsDir, 'node_modules', 'playwright-core');
  if (!existsSync(entry)) throw new Error(`playwright-core is not installed in ${toolsDir}: run bash scripts/e2e/install-tools.sh`);
  return createRequire(join(toolsDir, 'package.json'))('playwright-core');
}

/** A fresh persistent profile in `profileDir`; the caller closes the returned context. */
export async function launchBrowser({ toolsDir, profileDir, env, viewport = { width: 1400, height: 900 } }) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run bash scripts/e2e/install-tools.sh`);
  const { chromium } = loadPlaywright(toolsDir);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 30_000,
    // run.mjs stops the browser itself on a signal, together with code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
