// Runs anywhere (Node backend, Electron preload, browser renderer): types only.
//
// The app's host, export and backup, native choosers and desktop commands. Part of the API contract; import it from
// contract.ts, which gathers every part.

import type { ReaderPreferences } from './reading.js';

export interface AppInfo {
  /** Which host serves the API: the desktop shell or the local browser-mode server. */
  mode: 'electron' | 'browser';
  version: string;
  /** Where annotations are stored, so a person can find and back them up. */
  dataFile: string;
  /** Things the person must know about, e.g. a damaged data file that was moved aside. */
  warnings: string[];
  /** The remembered reading settings. */
  preferences: ReaderPreferences;
  /** How "Export all notes…" last ran, and where to. */
  exportOptions: ExportOptions;
  /** The last export folder, proposed next time; null before the first export. */
  exportFolder: string | null;
}

/** Remembered options of "Export all notes…" (and `lectern export`). */
export interface ExportOptions {
  /** Also write articles without highlights or a note. */
  includeUnannotated: boolean;
  /** One file per article plus index.md, or one combined file. */
  layout: 'per-article' | 'combined';
  /** A Mustache template for each article's generated part; null for the built-in layout. */
  template: string | null;
}

export interface ExportRequest {
  /** Absolute folder to write into (created if missing). */
  folder: string;
  /** Only these articles (a selection); null for the whole library. */
  articleIds: string[] | null;
  /** Used for this export and remembered for the next one. */
  options: ExportOptions;
}

/** A whole-data backup, for the browser to download. */
export interface BackupDocument {
  fileName: string;
  json: string;
}

export interface RestoreResult {
  /** What the import did, as a sentence. */
  message: string;
  articlesAdded: number;
  highlightsAdded: number;
  notesAdded: number;
  /** Edits made on both sides: the newer kept, the other saved as a revision. */
  conflicts: number;
}

/** Where a lectern://open link points. */
export interface DeepLinkTarget {
  articleId: string;
  highlightId: string | null;
}

export interface ExportResult {
  /** Absolute paths of the files written. */
  files: string[];
}

export interface MarkdownDocument {
  /** A safe, stable file name such as "NATO Hopes for Missile Defense Accord with Russia.md". */
  fileName: string;
  markdown: string;
}

/** A native file or folder chooser request (desktop only). */
export interface PathRequest {
  kind: 'folder' | 'save-file' | 'open-file';
  /** For files: which kind (default Markdown). */
  extension?: 'md' | 'json';
  title: string;
  /** For save-file: the proposed file name. */
  defaultName?: string;
}

/** Commands the desktop menu sends to the renderer, which runs them like its own buttons. */
export type AppCommand = 'open-folder' | 'export-article' | 'export-all' | 'back-up' | 'restore' | 'flush';
