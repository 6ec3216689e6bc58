// The cross-engine suite (tests/e2e/support/engines/cross-engine-suite.ts) in firefox.
import { crossEngineSuite } from '../support/engines/cross-engine-suite';

crossEngineSuite('firefox');
