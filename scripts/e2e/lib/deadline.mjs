// Time limits that reject instead of hanging, and waits on events with a limit.

export class TimeoutError extends Error {}

/** Resolve with `promise`, or reject after `ms` with a message naming what was awaited. */
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${Math.round(ms / 1000)} s: ${what}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Seconds since `start` (a `performance.now()` value), one decimal. */
export function secondsSince(start) {
  return Math.round((performance.now() - start) / 100) / 10;
}
