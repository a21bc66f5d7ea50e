/** A problem with a configuration file or option: the run stops with exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `配置文件 ${file}：${message}` : message);
    this.name = "ConfigError";
  }
}

/** A problem with one input file: reported for that file while the run goes on. */
export class FileError extends Error {
  constructor(
    readonly filePath: string,
    message: string,
    readonly code: "not-found" | "unreadable" | "binary" | "too-large" | "not-a-file" | "unsupported" | "encoding" | "write-failed",
  ) {
    super(message);
    this.name = "FileError";
  }
}
