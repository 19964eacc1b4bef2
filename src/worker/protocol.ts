// Messages between the pool (extension host or CLI main thread), the coordinator worker and its
// helper workers. Types only: importing this module loads nothing.
import type { Analysis, AnalyzeOptions } from '../analysis/model';
import type { ParagraphFacts } from '../analysis/facts';

/** workerData of a worker started from dist/worker.js. */
export type WorkerRole =
  | { role: 'coordinator'; maxWorkers: number; workerPath: string }
  | { role: 'helper' };

/** What the coordinator did for one analysis (counts, not only times, so tests can assert them). */
export interface AnalysisStats {
  paragraphs: number;
  /** Paragraphs whose facts were computed in this run (compromise ran on them). */
  analysed: number;
  /** Paragraphs whose facts came from the cache. */
  cached: number;
  /** Threads that ran compromise for this job (the coordinator counts as one). */
  workers: number;
  prepareMs: number;
  firstPassMs: number;
  documentPassMs: number;
}

export type ToCoordinator =
  | { type: 'analyze'; job: number; key: string; text: string; options: AnalyzeOptions }
  | { type: 'cancel'; job: number }
  | { type: 'forget'; key: string }
  /** The pool took the previous part of a result: send the next one. */
  | { type: 'next'; job: number };

/**
 * A large Analysis comes back in parts, at most one part ahead of the pool's requests (`next`):
 * receiving a message deserialises it on the receiving thread in one go (about 40 ms for a 3 MB
 * result), and the extension host's thread must not stall that long. `more`: parts follow.
 */
export type FromCoordinator =
  | { type: 'result'; job: number; analysis: Analysis; stats: AnalysisStats; more: boolean }
  | { type: 'part'; job: number; entities: Analysis['entities']; claims: Analysis['claims']; more: boolean }
  | { type: 'failed'; job: number; message: string }
  /** A helper worker crashed; the coordinator restarted it and retried or failed the work. */
  | { type: 'crash'; message: string };

export type ToHelper = { type: 'paragraphs'; batch: number; texts: string[] };

export type FromHelper =
  | { type: 'facts'; batch: number; facts: ParagraphFacts[] }
  | { type: 'failed'; batch: number; message: string };
