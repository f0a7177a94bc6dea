// One code-server + Chromium session: start both, open the workbench, and
// always tear both down (browser first, then code-server's process group).
import { launchBrowser } from './browser.mjs';
import { registerCleanup } from './cleanup.mjs';
import { prepareProfile, startCodeServer } from './code-server.mjs';

/**
 * Runs `body({ server, context, page, profile })` with a fresh code-server and
 * browser; `beforeStart(profile)` may install extensions first.
 */
export async function withWorkbench({ toolsDir, sandbox, name, env, settings, beforeStart, log }, body) {
  const profile = prepareProfile(sandbox.dir(name), settings);
  if (beforeStart) await beforeStart(profile);
  const server = await startCodeServer({ toolsDir, profile, env, logFile: sandbox.path(name, 'code-server.log') });
  log(`code-server ${server.url} (process group ${server.pid})`);
  const unregisterServer = registerCleanup(() => server.stop());
  let context;
  let unregisterBrowser = () => {};
  try {
    context = await launchBrowser({ toolsDir, profileDir: sandbox.dir(name, 'chromium'), env });
    unregisterBrowser = registerCleanup(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    return await body({ server, context, page, profile });
  } finally {
    if (context) await context.close().catch((e) => log(`closing Chromium: ${e.message}`));
    unregisterBrowser();
    await server.stop();
    unregisterServer();
  }
}
