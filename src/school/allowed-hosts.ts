/**
 * The school's own hosts that links may go to, beside the official ones (machines/links.ts), read
 * from src/school/allowed-hosts.json. A separate list, never derived from the addresses in
 * school.json: an address pointing at a new site must be allowed on purpose.
 */
import list from './allowed-hosts.json';

export const schoolAllowedHosts: readonly string[] = list.hosts;
