/**
 * Request and notification handlers run inside a guard: whatever a format,
 * rule or conversion throws is logged to the client's console and the handler
 * answers with a harmless fallback, so the server keeps running.
 */
export type Logger = (message: string) => void;

export function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

export function guard<A extends unknown[], R>(
  log: Logger,
  name: string,
  fallback: R,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      log(`${name} failed: ${describeError(e)}`);
      return fallback;
    }
  };
}
