// What must be stopped if the run is interrupted (Ctrl+C, a CI time limit):
// stages register their browser, code-server and Neovim while they run.
const pending = new Set();

/** Register `stop`; call the returned function once it has been stopped normally. */
export function registerCleanup(stop) {
  pending.add(stop);
  return () => pending.delete(stop);
}

/** Stop everything still registered (newest first); errors are reported, not thrown. */
export async function cleanupAll(log) {
  for (const stop of [...pending].reverse()) {
    pending.delete(stop);
    try {
      await stop();
    } catch (e) {
      log(`cleanup: ${e.message}`);
    }
  }
}
