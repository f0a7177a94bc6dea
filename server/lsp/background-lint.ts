/**
 * Large documents are linted on a worker thread, so one big file never holds
 * up the diagnostics, code actions and checklist of the others. The worker
 * runs the same server script (see main.ts) with its own linter and a file
 * host limited to the same roots, over a snapshot of the open documents.
 * Jobs run one at a time; a queued job is dropped when a newer one for the
 * same document arrives.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Config } from '../engine/config';
import { resolve } from 'node:path';
import type { FileHost, Finding, FormatId } from '../engine/types';
import { createLinter } from '../default-linter';
import { FsHost } from '../node/fs-host';

/** Documents at least this long (UTF-16 code units) are linted in the background. */
export const BACKGROUND_LINT_CHARS = 256 * 1024;

export interface BackgroundJob {
  /** Jobs with the same key replace each other while queued (the document URI). */
  key: string;
  text: string;
  path: string;
  format: FormatId;
  config: Config;
  /** Folders the worker's file host may read. */
  roots: string[];
  /** Text of open documents by absolute path: it wins over the disk. */
  overlay: Record<string, string>;
}

/** What the rules found, and what they read: a change to those files or globs makes the result stale. */
export interface BackgroundResult {
  findings: Finding[];
  /** Absolute paths of the files the rules read or looked at. */
  reads: string[];
  /** Glob patterns the rules expanded, absolute. */
  globs: string[];
  /** False when the text did not parse into a tree, so rules did not run. */
  complete: boolean;
}

interface Queued {
  id: number;
  job: BackgroundJob;
  resolve: (result: BackgroundResult | undefined) => void;
  reject: (error: Error) => void;
}

type WorkerReply = { id: number; result: BackgroundResult } | { id: number; error: string };

const WORKER_FLAG = 'hardenlintLintWorker';

export class BackgroundLinter {
  private worker: Worker | undefined;
  private running: Queued | undefined;
  private readonly queue: Queued[] = [];
  private nextId = 1;

  /** `script`: the server's own entry file, which turns into the worker when started as one. */
  constructor(private readonly script: string) {}

  /** The job's result; undefined when a newer job for the same key replaced it before it started. */
  lint(job: BackgroundJob): Promise<BackgroundResult | undefined> {
    return new Promise((resolve, reject) => {
      const older = this.queue.findIndex((q) => q.job.key === job.key);
      if (older >= 0) this.queue.splice(older, 1)[0]!.resolve(undefined);
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.running = next;
    this.workerThread().postMessage({ id: next.id, job: next.job });
  }

  private workerThread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.finish(reply));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (this.running) this.fail(new Error(`the background linter stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private finish(reply: WorkerReply): void {
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    this.running = undefined;
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.result);
    this.pump();
  }

  /** The worker died (e.g. out of memory): fail its job, start a fresh worker for the rest. */
  private fail(error: Error): void {
    const job = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    job?.reject(error);
    this.pump();
  }
}

/** True inside the worker thread started by BackgroundLinter. */
export function isLintWorker(): boolean {
  return !isMainThread && Boolean((workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG]);
}

/** The worker's side: lint each job and post its findings back. */
export function runLintWorker(): void {
  const linter = createLinter();
  parentPort!.on('message', ({ id, job }: { id: number; job: BackgroundJob }) => {
    try {
      const overlay = new Map(Object.entries(job.overlay));
      const fs = new FsHost({ roots: job.roots, overlay: (p) => overlay.get(p) });
      const reads = new Set<string>();
      const globs: string[] = [];
      const host: FileHost = {
        readFile: (path) => (reads.add(resolve(path)), fs.readFile(path)),
        stat: (path) => (reads.add(resolve(path)), fs.stat(path)),
        glob: (pattern, base) => (globs.push(resolve(base, pattern)), fs.glob(pattern, base)),
      };
      // The caller already applied ignore globs and size limits.
      const doc = linter.parse(linter.format(job.format)!, job.text, job.path);
      const findings = linter.run(doc, { path: job.path, config: job.config, host });
      parentPort!.postMessage({ id, result: { findings, reads: [...reads], globs, complete: doc.tree !== undefined } } satisfies WorkerReply);
    } catch (e) {
      parentPort!.postMessage({ id, error: (e as Error).message } satisfies WorkerReply);
    }
  });
}
