import type { FileResult, Task } from "./types.js";

export interface Runner {
  /** Processes a batch of files, results in the same order. */
  run(tasks: Task[]): Promise<FileResult[]>;
  close(): Promise<void>;
}

/** Runs tasks on worker threads (tinypool), each loading the engine once. */
export async function workerRunner(threads: number): Promise<Runner> {
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 30_000,
  });
  return {
    run: (tasks) => pool.run(tasks) as Promise<FileResult[]>,
    close: () => pool.destroy(),
  };
}

/** Runs tasks on this thread (one file, or --jobs 1). */
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

/** Files per batch: enough to amortise the pool's per-task cost, small enough to keep every thread busy. */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 8))));
}
