/**
 * When to lint each document and when to publish: a per-document debounce on
 * change, immediate runs on open and save, and a guard that never publishes a
 * result for a version the client has already moved past.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

export interface SchedulerHooks {
  /** The document's current version, or undefined when it is closed. */
  versionOf(uri: string): number | undefined;
  /** Diagnostics for the current version; undefined publishes nothing (e.g. an unknown format). */
  compute(uri: string): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined>;
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Latest run per document; an older run that finishes late is dropped. */
  private readonly runs = new Map<string, number>();
  private nextRun = 0;
  /** Documents with diagnostics on the client, so clearing is sent only when needed. */
  private readonly published = new Set<string>();

  constructor(private readonly hooks: SchedulerHooks) {}

  /** Lint after `delayMs` without further calls for this document. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri);
      }, Math.max(0, delayMs)),
    );
  }

  /** Lint now (open, save, settings change). */
  now(uri: string): Promise<void> {
    this.cancel(uri);
    return this.run(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** The document closed (or linting was turned off): stop and remove its diagnostics. */
  clear(uri: string): void {
    this.cancel(uri);
    this.runs.set(uri, this.nextRun++);
    if (this.published.delete(uri)) this.hooks.publish(uri, undefined, []);
  }

  forget(uri: string): void {
    this.clear(uri);
    this.runs.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async run(uri: string): Promise<void> {
    const id = this.nextRun++;
    this.runs.set(uri, id);
    try {
      const result = await this.hooks.compute(uri);
      if (this.runs.get(uri) !== id) return; // a newer run owns this document
      if (!result) {
        if (this.published.delete(uri)) this.hooks.publish(uri, undefined, []);
        return;
      }
      if (this.hooks.versionOf(uri) !== result.version) return; // stale: a newer change is scheduled
      if (result.diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
      this.hooks.publish(uri, result.version, result.diagnostics);
    } catch (e) {
      this.hooks.log(`linting ${uri} failed: ${(e as Error).stack ?? String(e)}`);
    }
  }
}
