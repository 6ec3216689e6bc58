// The cross-engine suite (tests/e2e/support/engines/cross-engine-suite.ts) in chromium.
import { crossEngineSuite } from '../support/engines/cross-engine-suite';

crossEngineSuite('chromium');
