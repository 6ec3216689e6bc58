// The cross-engine suite (tests/e2e/support/engines/cross-engine-suite.ts) in webkit.
import { crossEngineSuite } from '../support/engines/cross-engine-suite';

crossEngineSuite('webkit');
