// Types for scripts/npm-audit.mjs, so TypeScript (tests/unit) can import it without allowJs.
export declare const AUDIT_ARGS: readonly string[];

export type AuditStatus = 'passed' | 'failed' | 'unavailable';

export interface AuditRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
  spawnError?: string;
}

export interface AuditOutcome {
  status: AuditStatus;
  summary: string;
  counts?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>;
}

export declare function classifyAudit(run: AuditRun): AuditOutcome;

export declare function runAudit(options?: {
  cwd?: string;
  /** Another registry (e.g. a local fake in tests); defaults to npm's configured one. */
  registry?: string;
  timeoutMs?: number;
}): Promise<AuditOutcome & { stderr: string }>;
