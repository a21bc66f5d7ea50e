// Worker-thread entry (tinypool): one engine per worker, one task per file.
import { processFile } from "./process.js";
import type { FileResult, Task } from "./types.js";

export default function run(task: Task): Promise<FileResult> {
  return processFile(task);
}
