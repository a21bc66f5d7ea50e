export { main, HELP, VERSION, type Io } from "./main.js";
export { discover, IgnoreFile, shardOf, parseFileList, type Discovery } from "./discover.js";
export { formatters } from "./formatters/index.js";
export type { FailedFile, FormatContext, Formatter, StreamFormatter, Summary } from "./formatters/index.js";
export type { FileResult, Finding, Task } from "./types.js";
