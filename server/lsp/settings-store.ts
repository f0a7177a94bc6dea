/**
 * Where settings come from: pulled with `workspace/configuration` (section
 * `hardenlint`, scoped to the document) when the client supports it, over a
 * base from `initializationOptions.settings` and pushed
 * `workspace/didChangeConfiguration` payloads for clients that cannot be asked.
 */
import { normalizeSettings, type Settings } from './settings';

export interface SettingsStoreOptions {
  /** Ask the client; undefined when it does not support `workspace/configuration`. */
  pull?: (scopeUri: string) => Promise<unknown>;
  /** `initializationOptions.settings`, if any. */
  initial?: unknown;
  warn: (message: string) => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SettingsStore {
  private base: Record<string, unknown>;
  private readonly byUri = new Map<string, Promise<Settings>>();

  constructor(private readonly options: SettingsStoreOptions) {
    this.base = isRecord(options.initial) ? { ...options.initial } : {};
  }

  get(uri: string): Promise<Settings> {
    let pending = this.byUri.get(uri);
    if (!pending) {
      pending = this.load(uri);
      this.byUri.set(uri, pending);
    }
    return pending;
  }

  /** A `workspace/didChangeConfiguration` arrived: forget everything; keep pushed values. */
  changed(pushed: unknown): void {
    const section = isRecord(pushed) ? pushed.hardenlint : undefined;
    if (isRecord(section)) this.base = { ...this.base, ...section };
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async load(uri: string): Promise<Settings> {
    let pulled: unknown;
    if (this.options.pull) {
      try {
        pulled = await this.options.pull(uri);
      } catch (e) {
        this.options.warn(`workspace/configuration failed: ${(e as Error).message}`);
      }
    }
    const merged = isRecord(pulled) ? { ...this.base, ...pulled } : this.base;
    return normalizeSettings(merged, this.options.warn);
  }
}
