// The browsers and drivers the cross-engine tests need, found where Debian installs them. A missing
// one is an error that names the Debian package (scripts/system-setup.sh installs them all), never a
// skip: a run that quietly leaves out an engine proves nothing about it.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function missing(what: string, where: string, debianPackage: string): Error {
  return new Error(
    [
      `End-to-end tests need ${what}, but it is not at ${where}.`,
      `Install the Debian package ${debianPackage}:`,
      '    bash scripts/system-setup.sh',
      `(or: apt-get update && apt-get install -y ${debianPackage})`,
      'These tests never skip an engine: a run without it would prove nothing about it.',
    ].join('\n'),
  );
}

function requireExecutable(what: string, file: string, debianPackage: string): string {
  if (!isExecutableFile(file)) throw missing(what, file, debianPackage);
  return file;
}

export const findFirefox = () =>
  requireExecutable('Firefox ESR', '/usr/bin/firefox-esr', 'firefox-esr');
export const findWebKitDriver = () =>
  requireExecutable('WebKitWebDriver', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver');
export const findXvfb = () =>
  requireExecutable('Xvfb (WebKitGTK needs a display)', '/usr/bin/Xvfb', 'xvfb');

/** MiniBrowser sits under the architecture's library directory (x86_64-linux-gnu, aarch64-…). */
export function findMiniBrowser(): string {
  const lib = '/usr/lib';
  let candidates: string[] = [];
  try {
    candidates = readdirSync(lib).map((dir) =>
      path.join(lib, dir, 'webkit2gtk-4.1', 'MiniBrowser'),
    );
  } catch {
    // no /usr/lib: reported below
  }
  const found = candidates.find(isExecutableFile);
  if (!found) {
    throw missing(
      'WebKitGTK’s MiniBrowser',
      '/usr/lib/*/webkit2gtk-4.1/MiniBrowser',
      'webkit2gtk-driver',
    );
  }
  return found;
}
