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
    readonly code:
      | "not-found"
      | "unreadable"
      | "binary"
      | "too-large"
      | "not-a-file"
      | "unsupported"
      | "encoding"
      | "write-failed"
      | "changed"
      | "unparsable"
      | "encrypted"
      | "corrupt"
      | "zip-bomb"
      | "unsafe-xml",
  ) {
    super(message);
    this.name = "FileError";
  }
}

/** A FileError with a Chinese message for a failed stat/read. */
export function fileErrorFrom(filePath: string, error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new FileError(filePath, "文件或目录不存在", "not-found");
  if (code === "EACCES" || code === "EPERM") return new FileError(filePath, "没有读取权限", "unreadable");
  if (code === "EISDIR") return new FileError(filePath, "是目录而不是文件", "not-a-file");
  return new FileError(filePath, `无法读取（${(error as Error).message}）`, "unreadable");
}
