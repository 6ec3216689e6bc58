// Types for scripts/bundle-size.mjs, so TypeScript (tests/e2e) can import it without allowJs.
export declare const BUDGETS_FILE: string;
export declare const MANIFEST_PATH: string;
export declare const CHUNK_MODULES_PATH: string;
export declare const SERVICE_WORKER: string;
export declare function gzipSize(buffer: Uint8Array): number;
export declare function brotliSize(buffer: Uint8Array): number;

export interface Budget {
  id: string;
  title: string;
  /** gzip bytes */
  limit: number;
  counts: string;
  /** What it counts (html, initialJs and serviceWorker aside): ['js'] unless given. */
  kinds?: Array<'js' | 'css' | 'words'>;
  excludeSources?: string[];
  keepSources?: string[];
  alsoInitialSources?: string[];
}
export interface Budgets {
  about: string;
  budgets: Budget[];
}
export declare function readBudgets(file?: string): Budgets;

export interface MeasuredFile {
  file: string;
  kind: 'js' | 'css' | 'words' | 'sw' | 'html';
  raw: number;
  gzip: number;
  brotli: number;
  initial: boolean;
  sources: string[];
}
export interface Measurement {
  files: MeasuredFile[];
}
/** dist/.vite/chunk-modules.json (scripts/chunk-modules-plugin.ts). */
export interface ChunkModules {
  chunks: Record<
    string,
    {
      name: string;
      isEntry: boolean;
      isDynamicEntry: boolean;
      facadeModule: string | null;
      imports: string[];
      dynamicImports: string[];
      css: string[];
      modules: string[];
    }
  >;
  assets: Record<string, string[]>;
}
export declare function readChunkModules(dist?: string): ChunkModules;
export declare function classifyChunks(
  data: ChunkModules,
  alsoInitial: string[],
): { initial: Set<string>; sources: Map<string, string[]> };
export declare function measureBuild(
  dist?: string,
  alsoInitial?: string[],
  options?: { brotli?: boolean },
): Measurement;
export declare function filesOfBudget(budget: Budget, files: MeasuredFile[]): MeasuredFile[];

export interface BudgetResult {
  id: string;
  title: string;
  limit: number;
  gzip: number;
  raw: number;
  brotli: number;
  ok: boolean;
  files: string[];
}
export declare function checkBudgets(budgets: Budgets, files: MeasuredFile[]): BudgetResult[];
export declare function formatReport(measurement: Measurement, results: BudgetResult[]): string[];
