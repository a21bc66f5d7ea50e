export { main, HELP, VERSION, type Io } from "./main.js";
export { discover, IgnoreFile, type Discovery } from "./discover.js";
export { formatters, type FileReport, type FormatContext, type Formatter } from "./formatters/index.js";
