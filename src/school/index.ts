import raw from './school.json';
import { schoolFacts, schoolSchema, type SchoolConfig } from './school-schema';

/** The school this build serves. The build stops on an invalid file (see vite.config.ts). */
export const school: SchoolConfig = schoolSchema.parse(raw);
export const facts = schoolFacts(school);
export { schoolSchema, type SchoolConfig } from './school-schema';
