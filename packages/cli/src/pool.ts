/**
 * Runs the build's tasks (tasks.ts) on worker threads, or in the main thread with one job. The
 * results do not depend on where a task ran: every task is a pure function of its input and
 * the files it reads, and the build puts results in its own order (by file name), never in
 * the order they arrive.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type FinishResult, type FinishTask, type PrepareResult, type PrepareTask, type Task, type TaskSetup, TaskRunner } from './tasks.js';

export interface TaskPool {
  /** Threads running tasks (1: the main thread). */
  readonly threads: number;
  /** Whether a worker thread died: the pool runs nothing more, and is replaced by the next build. */
  readonly broken: boolean;
  run(task: PrepareTask): Promise<PrepareResult>;
  run(task: FinishTask): Promise<FinishResult>;
  close(): Promise<void>;
}

/** Worker threads for `jobs`, by default one per core this process may use. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/** `workerModule`: the worker threads' entry, when not the generator's own (tests give one that fails on purpose). */
export function createPool(jobs: number, setup: TaskSetup, workerModule?: URL): TaskPool {
  return jobs <= 1 ? new MainThreadPool(setup) : new WorkerPool(jobs, setup, workerModule);
}

/** What a task is about, for an error that stops it ("preparing a.md"). */
export function taskLabel(task: Task): string {
  return task.kind === 'prepare' ? `preparing ${task.name}` : `writing the files of ${task.items.length} topics`;
}

class MainThreadPool implements TaskPool {
  readonly threads = 1;
  readonly broken = false;
  private readonly runner: TaskRunner;

  constructor(setup: TaskSetup) {
    this.runner = new TaskRunner(setup);
  }

  run(task: PrepareTask): Promise<PrepareResult>;
  run(task: FinishTask): Promise<FinishResult>;
  async run(task: Task): Promise<PrepareResult | FinishResult> {
    try {
      return this.runner.run(task);
    } catch (error) {
      throw taskError(taskLabel(task), error as Error);
    }
  }

  async close(): Promise<void> {
    this.runner.close();
  }
}

/**
 * The worker's module: the bundle's extract-worker.js beside this module. Run from source (the
 * tests, through tsx), a worker does not inherit tsx's module hooks (Node 20), so it starts
 * with a line that registers them and then imports the TypeScript source.
 */
function workerUrl(module?: URL): URL {
  if (!import.meta.url.endsWith('.ts')) return module ?? new URL('./extract-worker.js', import.meta.url);
  const source = (module ?? new URL('./extract-worker.ts', import.meta.url)).href;
  const code = `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** A task's error, saying which task it stopped (its stack kept: it is a bug to report). */
function taskError(label: string, error: { message: string; stack?: string | undefined }): Error {
  const message = `${label}: ${error.message}`;
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  return Object.assign(new Error(message), { stack: [`Error: ${message}`, ...frames].join('\n') });
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  label: string;
}

class WorkerPool implements TaskPool {
  readonly threads: number;
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  get broken(): boolean {
    return this.failure !== undefined;
  }

  constructor(jobs: number, setup: TaskSetup, workerModule?: URL) {
    this.threads = jobs;
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(workerUrl(workerModule), { workerData: setup });
      const pending = new Map<number, Pending>();
      worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: { message: string; stack?: string } }) => {
        const task = pending.get(id)!;
        pending.delete(id);
        if (error) task.reject(taskError(task.label, error));
        else task.resolve(result as never);
      });
      // A worker runs its tasks in the order sent: the first pending one is the one it was on.
      const fail = (why: string) => {
        const running = pending.values().next().value;
        const error = new Error(`a worker thread of the build stopped (${why})${running ? ` while ${running.label}` : ''}`);
        this.failure ??= error;
        for (const task of pending.values()) task.reject(error);
        pending.clear();
      };
      worker.on('error', (error) => fail(`${error.name}: ${error.message}`));
      worker.on('exit', (code) => {
        if (!this.closing) fail(`exit code ${code}`);
      });
      this.workers.push({ worker, pending });
    }
  }

  run(task: PrepareTask): Promise<PrepareResult>;
  run(task: FinishTask): Promise<FinishResult>;
  run(task: Task): Promise<PrepareResult | FinishResult> {
    if (this.failure) return Promise.reject(this.failure);
    // The least busy worker (first of equals).
    let chosen = this.workers[0]!;
    for (const candidate of this.workers) if (candidate.pending.size < chosen.pending.size) chosen = candidate;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      chosen.pending.set(id, { resolve: resolve as (value: never) => void, reject, label: taskLabel(task) });
      chosen.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    // Each worker closes its pack and ends; one that does not within a second is stopped.
    await Promise.all(
      this.workers.map(
        ({ worker }) =>
          new Promise<void>((resolve) => {
            if (worker.threadId === -1) return resolve(); // already ended
            const timer = setTimeout(() => void worker.terminate(), 1000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.postMessage('close');
          }),
      ),
    );
  }
}
