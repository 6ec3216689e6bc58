// '@school-config' is the school's configuration file: src/school/school.json, or the file named
// by SCHOOL_CONFIG at build time (see vite.config.ts). The build has already validated it with
// schoolSchema (scripts/school-config-plugin.ts stops on any problem), so the browser does not
// parse it again: zod parsing at start-up cost every family's phone main-thread time (README,
// "Performance"). tests/unit/school-config.test.ts parses the bundled file with the same schema.
import raw from '@school-config';
// Types only from the schema: its zod code never reaches the browser (tests/e2e/bundle-budget.e2e.ts).
import { schoolFacts } from './school-facts';
import type { SchoolConfig } from './school-schema';

/** The school this build serves (validated at build time). */
export const school = raw as SchoolConfig;
export const facts = schoolFacts(school);
export type { SchoolConfig } from './school-schema';
