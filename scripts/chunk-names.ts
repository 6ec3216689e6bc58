/**
 * Chunk file names that say what is inside (npm run treemap, budgets.json tables): a chunk whose
 * entry module is a package's file, or whose modules all come from one package, is named after
 * the package (react-dom/client.js -> "react-dom", not "client"); the HTML entry (src/boot.ts)
 * is "boot", not "index". Other chunks keep Rolldown's name, their first module's.
 */
const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/;

const packageOf = (id: string | null | undefined) =>
  id ? PACKAGE.exec(id)?.[1]?.replace('\\', '/') : undefined;

export function chunkName(chunk: {
  readonly name: string;
  readonly facadeModuleId: string | null;
  readonly moduleIds: readonly string[];
  readonly isEntry?: boolean;
}): string {
  if (chunk.isEntry) return 'boot';
  const fromFacade = packageOf(chunk.facadeModuleId);
  if (fromFacade) return fromFacade.replace('/', '-');
  const packages = new Set(chunk.moduleIds.map(packageOf));
  const [only] = packages;
  return packages.size === 1 && only ? only.replace('/', '-') : chunk.name;
}
