/**
 * The school configuration at build time. One JSON file holds every school fact the wizard shows:
 * src/school/school.json, or the file named by the SCHOOL_CONFIG
 * environment variable (a second school's build: SCHOOL_CONFIG=path/to/school.json npm run build).
 *
 * vite.config.ts points the import alias '@school-config' (used by src/school/index.ts) at that
 * file, and this plugin validates the same file with the zod schema before anything is bundled:
 * on a problem the build (or `npm start`) stops with one line per field and how to fix it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describeSchoolErrors } from '../src/school/school-schema.ts';

export const DEFAULT_SCHOOL_CONFIG = 'src/school/school.json';

/** The configuration file this build uses, as an absolute path. */
export function schoolConfigPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env.SCHOOL_CONFIG?.trim() || DEFAULT_SCHOOL_CONFIG);
}

/** The problems of a configuration file, one line each; empty when the file is valid. */
export function checkSchoolConfigFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`cannot read the file: ${(error as Error).message}`];
  }
  try {
    return describeSchoolErrors(JSON.parse(text));
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
}

/** The build error for an invalid file. */
export function schoolConfigError(file: string, problems: string[]): string {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  return [
    `The school configuration ${shown} is not valid:`,
    ...problems.map((line) => `  • ${line}`),
    'Fix these fields and build again (README → "Deploy for your school" explains every field).',
  ].join('\n');
}

export function schoolConfig(file: string): Plugin {
  return {
    name: 'school-config',
    // `config` runs first, for `vite build`, `npm start` and Vitest alike: nothing is bundled yet.
    config() {
      const problems = checkSchoolConfigFile(file);
      if (problems.length === 0) return;
      const error = new Error(schoolConfigError(file, problems));
      error.stack = `Error: ${error.message}`; // the message is the fix; a stack trace would bury it
      throw error;
    },
  };
}
