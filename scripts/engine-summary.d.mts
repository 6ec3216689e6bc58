// Types for scripts/engine-summary.mjs.
/** One line per browser engine from Vitest's JSON report of the e2e run ([] without a report). */
export declare function engineSummary(reportFile: string): string[];
