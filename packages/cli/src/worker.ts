// Worker-thread entry (tinypool): one engine per worker; files come in small batches, which keeps
// the per-task cost of the pool (messages, tinypool's memory reading) off each file.
import { processFile } from "./process.js";
import type { FileResult, Task } from "./types.js";

export default async function run(tasks: Task[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const task of tasks) results.push(await processFile(task));
  return results;
}
