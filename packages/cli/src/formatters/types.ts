import path from "node:path";
import type { FileResult } from "../types.js";

export interface Summary {
  files: number;
  chars: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Files of formats out of scope (.doc, .wps, .pdf). */
  skipped: number;
  /** Files that could not be checked. */
  failed: number;
  cacheHits: number;
  fixed: number;
  fixedFiles: number;
  seconds: number;
}

export interface FailedFile {
  filePath: string;
  code: string;
  message: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Report errors only, and nothing when there are none. */
  quiet: boolean;
  version: string;
}

/** Formatters write as results arrive (in path order), so no run holds every document. */
export interface StreamFormatter {
  begin(): string;
  file(result: FileResult): string;
  end(summary: Summary, failed: FailedFile[]): string;
}

export type Formatter = (context: FormatContext) => StreamFormatter;

export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  return path.relative(cwd, filePath) || filePath;
}

/** 1234567 → "1,234,567" (toLocaleString would load ICU locale data: ~20 ms at start-up). */
export const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The line after the report: files, characters, findings, skipped/failed files, time. */
export function statsLine(s: Summary): string {
  const parts = [`共 ${s.files} 个文件、${groupDigits(s.chars)} 字`, `错误 ${s.errors}，警告 ${s.warnings}${s.infos ? `，提示 ${s.infos}` : ""}`];
  if (s.skipped) parts.push(`跳过 ${s.skipped} 个（不支持的格式）`);
  if (s.failed) parts.push(`失败 ${s.failed} 个`);
  if (s.cacheHits) parts.push(`缓存命中 ${s.cacheHits} 个`);
  if (s.fixedFiles) parts.push(`已修复 ${s.fixed} 处（${s.fixedFiles} 个文件）`);
  parts.push(`用时 ${s.seconds.toFixed(1)} 秒`);
  return parts.join("；");
}
