// Launches one engine for a test file, with the paths the global setup found and checked.
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Engine, EngineName } from './page-driver';
import { launchWebKit } from './webkit';

export function launchEngine(name: EngineName, baseUrl = inject('baseUrl')): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return launchChromium(inject('chromiumPath'), baseUrl);
    case 'firefox':
      return launchFirefox(inject('firefoxPath'), baseUrl);
    case 'webkit':
      return launchWebKit({
        driverPath: inject('webkitDriverPath'),
        miniBrowserPath: inject('miniBrowserPath'),
        display: inject('display'),
        baseUrl,
      });
  }
}
