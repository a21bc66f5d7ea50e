import { statSync } from "node:fs";
import type { ResourceLimits } from "node:worker_threads";
import type { FileResult, Task } from "./types.js";

export interface Runner {
  /** Processes a batch of files, results in the same order. */
  run(tasks: Task[]): Promise<FileResult[]>;
  close(): Promise<void>;
}

/** Seconds one file may take to parse and lint on a worker thread before it is given up (--timeout). */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** A worker's memory, as tinypool's resourceLimits: a smaller young generation than V8's default keeps a long batch's
 * peak memory lower (10,000 files with --jobs 2: about 430 MB → 380 MB here), for a few per cent of speed (12 MB saved
 * another 25 MB and cost about 10 %). */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };

/**
 * Runs tasks on worker threads (tinypool), each loading the engine once. A batch that runs longer than
 * `timeoutSeconds` per file, or whose thread runs out of memory, is stopped (its thread is replaced) and its files
 * are tried one by one: a file over the budget is reported as failed, and the others are checked as usual.
 */
export async function workerRunner(
  threads: number,
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<Runner> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 30_000,
    resourceLimits: limits,
  });
  // A thread that dies between tasks is replaced by the pool; its failure is not the run's.
  pool.on("error", () => undefined);
  const timed = async (tasks: Task[]): Promise<FileResult[] | "timeout" | "memory"> => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutSeconds * 1000 * tasks.length);
    try {
      return (await pool.run(tasks, { signal: abort.signal })) as FileResult[];
    } catch (error) {
      if (abort.signal.aborted) return "timeout";
      if ((error as NodeJS.ErrnoException)?.code === "ERR_WORKER_OUT_OF_MEMORY") return "memory";
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  const run = async (tasks: Task[]): Promise<FileResult[]> => {
    const results = await timed(tasks);
    if (typeof results !== "string") return results;
    if (tasks.length > 1) return (await Promise.all(tasks.map((t) => run([t])))).flat();
    const [task] = tasks;
    const error =
      results === "timeout"
        ? { code: "timeout", message: `检查超过 ${timeoutSeconds} 秒仍未完成，已跳过（可用 --timeout 调整）` }
        : { code: "out-of-memory", message: "检查此文件所需内存超出线程上限，已跳过（文件过大？可拆分后再检查）" };
    return [{ filePath: task.filePath, chars: 0, messages: [], notices: [], fixed: 0, error }];
  };
  return { run, close: () => pool.destroy() };
}

/** Runs tasks on this thread (a single file: nothing to go on with if it stalled). */
export async function inlineRunner(): Promise<Runner> {
  const { processBatch } = await import("./process.js");
  return { run: processBatch, close: async () => undefined };
}

/**
 * Starts `start(item)` for up to `window` items ahead and yields results in input order, so
 * output is deterministic however the threads finish.
 */
export async function* ordered<T, R>(items: readonly T[], window: number, start: (item: T) => Promise<R>): AsyncGenerator<[T, R]> {
  const pending: Array<Promise<R>> = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && pending.length < window) {
      const p = start(items[next++]);
      p.catch(() => undefined); // awaited in order below
      pending.push(p);
    }
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const result = await pending.shift()!;
    fill();
    yield [items[i], result];
  }
}

/** Bytes of input that make another thread worth starting: a thread loads the engine and the segmenter first
 * (about 0.3 s), then checks about 1 MiB a second. */
export const BYTES_PER_THREAD = 512 * 1024;

/** Threads for a batch of files: at most `jobs`, one per file at most, and one per BYTES_PER_THREAD of input. */
export function threadsFor(files: readonly string[], jobs: number): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Reported when the file is read.
    }
    if (bytes >= jobs * BYTES_PER_THREAD) break;
  }
  return Math.max(1, Math.min(jobs, files.length, Math.ceil(bytes / BYTES_PER_THREAD)));
}

/** Files per batch: enough to amortise the pool's per-task cost, small enough to keep every thread busy. */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 8))));
}
