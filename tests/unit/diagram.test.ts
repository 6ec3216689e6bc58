// docs/decision-tree.md is generated from the statechart (scripts/decision-tree.ts) and must match
// the machine as it is now. `npm run diagram` runs this file with UPDATE_DIAGRAM=1 to rewrite it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, createMachine, not, or } from 'xstate';
import { describe, expect, it } from 'vitest';
import { onboardingMachine } from '@machines/onboarding-machine';
import { decisionTree, transitionsOf } from '../../scripts/decision-tree';
import { root } from './support/locale-files';

const docFile = path.join(root, 'docs/decision-tree.md');
const tree = decisionTree(onboardingMachine);

describe('docs/decision-tree.md', () => {
  it('is what the machine produces now', () => {
    if (process.env.UPDATE_DIAGRAM === '1') {
      writeFileSync(docFile, tree.markdown);
      console.log(`wrote ${path.relative(root, docFile)}: ${JSON.stringify(tree.stats)}`);
    }
    const committed = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '(missing)';
    expect(committed, 'docs/decision-tree.md is out of date: run npm run diagram').toBe(
      tree.markdown,
    );
  });
});

describe('the generated decision tree', () => {
  const diagram = /```mermaid\n([\s\S]*?)```/.exec(tree.markdown)?.[1] ?? '';
  const arrows = diagram.split('\n').filter((line) => line.includes(' --> '));

  it('is one Mermaid stateDiagram-v2 starting at the first question', () => {
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(arrows[0]?.trim()).toBe(`[*] --> ${onboardingMachine.config.initial}`);
  });

  it('shows every state of the machine', () => {
    for (const key of Object.keys(onboardingMachine.root.states)) {
      expect(diagram, key).toMatch(new RegExp(`\\b${key}\\b`));
    }
  });

  it("labels answers with the guards' values and keeps named conditions and child moves", () => {
    expect(arrows).toContain('    role --> parentAccount : parent');
    expect(arrows).toContain('    role --> studentAge : student');
    expect(arrows).toContain('    role --> audience : otherwise');
    expect(arrows).toContain('    childMyschool --> childAge : hasMoreChildren / goToNextChild');
    expect(arrows).toContain('    summary --> checklist : confirm if answersComplete');
    expect(tree.markdown).toContain('| childDnevnik | childAccount or teenAccount |');
  });

  it('collapses the change-from-summary transitions into one note instead of drawing them', () => {
    const all = transitionsOf(onboardingMachine);
    const jumps = all.filter((t) =>
      t.conditions.some((c) => 'type' in c && c.type === 'nextOpenQuestionIs'),
    );
    expect(jumps.length).toBeGreaterThan(100);
    expect(tree.stats.collapsed).toBeGreaterThan(jumps.length);
    expect(diagram).not.toMatch(/nextOpenQuestionIs|canChangeTo|answerCompletesChange/);
    expect(diagram).toMatch(/note right of summary\n\s+Changing an answer \(\d+ transitions/);
    // Every transition is accounted for: drawn, in the back table, in the note, or from the root.
    const fromRoot = all.filter((t) => t.from === '(every step)').length;
    const { drawn, back, collapsed, total } = tree.stats;
    expect(drawn + back + collapsed + fromRoot).toBe(total);
    expect(arrows.length).toBe(drawn + 1); // + the initial arrow
  });

  it('reads any machine: and/or/not guards, params, root transitions', () => {
    const machine = createMachine({
      initial: 'a',
      on: { reset: { target: '.a' } },
      states: {
        a: {
          on: {
            go: [
              { guard: and(['x', { type: 'levelIs', params: { value: 'high' } }]), target: 'b' },
              { guard: or(['y', not('z')]), target: 'c' },
              { guard: { type: 'limit', params: { max: 3 } }, target: 'b' },
              { target: 'c' },
            ],
          },
        },
        b: { tags: ['outcome'], on: { back: 'a' } },
        c: {},
      },
    });
    const markdown = decisionTree(machine).markdown;
    expect(markdown).toContain('a --> b : go if x and level = high');
    expect(markdown).toContain('a --> c : go if y or not z');
    expect(markdown).toContain('a --> b : go if limit(max: 3)');
    expect(markdown).toContain('a --> c : go, otherwise');
    expect(markdown).toContain('| b | a |');
    expect(markdown).toContain('reset (from every step): back to here');
    expect(markdown).toContain('class b outcome');
  });
});
