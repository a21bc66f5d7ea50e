import type { Encoding } from "@gongwen-lint/core";
import type { TextlintMessage } from "@textlint/types";

/** What a worker is asked to do with one file. */
export interface Task {
  filePath: string;
  fix: boolean;
  dryRun: boolean;
  /** --config: one configuration file for every document. */
  configFile?: string;
  only: string[];
  disable: string[];
  cwd: string;
  /** --encoding: read every text file in this encoding (else the configuration's, else detected). */
  encoding?: Encoding;
  /** --annotate: write each .docx's annotated copy (comments and tracked changes), under `dir` if given. */
  annotate?: { dir?: string };
  /** --cache: the result carries the sha256 of the bytes read (the cache's check that a file is unchanged). */
  hash?: boolean;
}

/** The finding's text with a little of its line on each side ("…" where the line goes on). */
export interface FindingContext {
  before: string;
  text: string;
  after: string;
}

export type Finding = TextlintMessage & { context?: FindingContext; part?: string };

export interface FileResult {
  filePath: string;
  /** Characters linted (UTF-16 units of the decoded text). */
  chars: number;
  messages: Finding[];
  /** The file could not be checked. */
  error?: { code: string; message: string };
  /** A configuration error: the whole run stops. */
  configError?: string;
  /** Ignored by the configuration's `ignore`. */
  ignored?: boolean;
  notices: string[];
  /** Fixes applied (or, with --dry-run, that would be). */
  fixed: number;
  diff?: string;
  /** sha256 of the file's bytes, for the cache. */
  hash?: string;
  /** Size and mtime when the bytes were read (absent when the file changed while being read: not cached). */
  observed?: { size: number; mtimeMs: number };
  fromCache?: boolean;
  /** The annotated copy written (--annotate). */
  annotated?: { path: string; comments: number; revisions: number; listed: number; commentsOnly?: string };
}

export const SEVERITY_ERROR = 2;
export const SEVERITY_WARNING = 1;
export const SEVERITY_INFO = 3;
