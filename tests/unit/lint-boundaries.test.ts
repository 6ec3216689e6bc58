// The import boundary of the decision core is enforced by eslint.config.js; this proves the rule
// really fires (a typo in a glob would otherwise silently switch it off).
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  // A fatal parse error would make "the rule did not fire" pass for the wrong reason.
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result.messages.map((message) => message.ruleId ?? '(none)');
}

const forbiddenInMachines = [
  "import React from 'react';",
  "import { createRoot } from 'react-dom/client';",
  "import { useActor } from '@xstate/react';",
  "import i18next from 'i18next';",
  "import { x } from '@/app/app';",
  "import { x } from '../src/app/app';",
  "import ru from '@locales/ru/questions.json';",
];

/** The import plus a use of what it imports, so only the boundary rule can object. */
function moduleWith(importLine: string): string {
  const name = /import \{? ?(\w+)/.exec(importLine)?.[1] ?? 'missing';
  return `${importLine}\nexport const used = ${name};\n`;
}

describe('machines/ import boundary (no-restricted-imports)', () => {
  it.each(forbiddenInMachines)('fires in machines/ for %s', async (importLine) => {
    const ids = await ruleIds(moduleWith(importLine), 'machines/__fixture__.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it.each(forbiddenInMachines)('does not fire in src/ for %s', async (importLine) => {
    const ids = await ruleIds(moduleWith(importLine), 'src/__fixture__.ts');
    expect(ids).not.toContain('no-restricted-imports');
  });

  it('lets machines/ import its own modules and plain libraries', async () => {
    const code =
      "import { z } from 'zod';\nimport { setup } from 'xstate';\nimport { questions } from './questions';\nexport const all = [z, setup, questions];\n";
    expect(await ruleIds(code, 'machines/__fixture__.ts')).toEqual([]);
  });
});

describe('@typescript-eslint/no-explicit-any', () => {
  it.each(['machines/__fixture__.ts', 'src/__fixture__.ts'])('fires in %s', async (filePath) => {
    const code = 'export function identity(value: any) {\n  return value;\n}\n';
    expect(await ruleIds(code, filePath)).toContain('@typescript-eslint/no-explicit-any');
  });
});

describe('@typescript-eslint/no-deprecated (type-aware)', () => {
  it.each(['machines/__fixture__.ts', 'src/__fixture__.ts'])('fires in %s', async (filePath) => {
    // xstate marks getNextSnapshot @deprecated; only a rule that reads the types can know.
    const code =
      "import { getNextSnapshot } from 'xstate';\nexport const next = getNextSnapshot;\n";
    expect(await ruleIds(code, filePath)).toContain('@typescript-eslint/no-deprecated');
  });

  it('stays quiet on the current API', async () => {
    const code = "import { transition } from 'xstate';\nexport const next = transition;\n";
    expect(await ruleIds(code, 'src/__fixture__.ts')).toEqual([]);
  });
});
