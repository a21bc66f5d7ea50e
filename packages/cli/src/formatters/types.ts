import type { TextlintMessage } from "@textlint/types";
import type { FileError } from "@gongwen-lint/core";

/** The findings for one file, with its decoded text for context. */
export interface FileReport {
  /** Absolute path (or the --stdin-filename / "<stdin>"). */
  filePath: string;
  messages: TextlintMessage[];
  source: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Inputs that could not be linted. */
  errors: FileError[];
  /** Number of files linted. */
  fileCount: number;
  /** Report errors only, and nothing when there are none. */
  quiet: boolean;
  /** Tool version for machine formats. */
  version: string;
}

export type Formatter = (reports: FileReport[], context: FormatContext) => string;

export const SEVERITY_ERROR = 2;
export const SEVERITY_WARNING = 1;
export const SEVERITY_INFO = 3;
