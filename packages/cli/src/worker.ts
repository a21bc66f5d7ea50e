// Worker-thread entry (tinypool): one engine per worker; files come in small batches, which keeps
// the per-task cost of the pool (messages, tinypool's memory reading) off each file.
export { processBatch as default } from "./process.js";
