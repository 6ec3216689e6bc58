// '@school-config' is the school's configuration file: src/school/school.json, or the file named
// by SCHOOL_CONFIG at build time (see vite.config.ts). The build has already validated it
// (scripts/school-config-plugin.ts); parsing again gives the exact type.
import raw from '@school-config';
import { schoolFacts, schoolSchema, type SchoolConfig } from './school-schema';

/** The school this build serves. */
export const school: SchoolConfig = schoolSchema.parse(raw);
export const facts = schoolFacts(school);
export { schoolSchema, type SchoolConfig } from './school-schema';
