/**
 * The guide for browsers without JavaScript, rendered at BUILD time into dist/index.html inside
 * the start page's <noscript> (src/prerender/render.tsx). Every word comes from the locale files
 * (checklist, troubles, questions, common) with the school's facts interpolated exactly as in the
 * app, and the step bodies are the app's own StepBody. Never shipped to the browser as JavaScript.
 *
 * Layout: whom it is for (h2) → stage by stage (h3) the steps to do, in order, as links to their
 * details; where the cases of a section need different steps in a stage, one list per case, headed
 * by the question and the answer that set it apart (h4). Then every step once, stage by stage
 * (h2 the stage, h3 the step), with its full body.
 */
import { Fragment } from 'react';
import { stageIds, stepCatalogue, type ChecklistStep, type StageId } from '@machines/index';
import { useText } from '@/app/use-text';
import { facts } from '@/school';
import { StepBody } from '@/screens/step-body';
import { guideSections, stepsOfCase, type GuideCase } from './guide-cases';

const inStage = (steps: readonly ChecklistStep[], stage: StageId) =>
  steps.filter((step) => stepCatalogue[step.content].stage === stage);
const sameSteps = (a: readonly ChecklistStep[], b: readonly ChecklistStep[]) =>
  a.length === b.length && a.every((step, i) => step.content === b[i]?.content);

interface ListView {
  readonly heading: string | undefined;
  readonly steps: readonly ChecklistStep[];
}

export function StaticGuide() {
  const { t, text } = useText();
  const caseHeading = (guideCase: GuideCase) =>
    guideCase.question && guideCase.option
      ? `${text(`questions:${guideCase.question}.title`)} — ${text(
          `questions:${guideCase.question}.options.${guideCase.option}`,
        )}`
      : undefined;

  // Every step of every case, once, in the order the cases first list them.
  const details = new Map<string, ChecklistStep>();
  const sections = guideSections.map((section) => {
    const cases = section.cases.map((guideCase) => {
      const steps = stepsOfCase(guideCase, facts);
      for (const step of steps) if (!details.has(step.content)) details.set(step.content, step);
      return { guideCase, steps };
    });
    const main = cases.filter((c) => !c.guideCase.base);
    const extra = cases.filter((c) => c.guideCase.base);
    const stages = stageIds
      .map((stage) => {
        const lists = main.map((c) => ({
          heading: caseHeading(c.guideCase),
          steps: inStage(c.steps, stage),
        }));
        const first = lists[0];
        // The same steps for every case: one list; otherwise one list per case that has steps.
        const shared =
          first !== undefined && lists.every((list) => sameSteps(list.steps, first.steps));
        const views: ListView[] = [
          ...(shared ? [{ heading: undefined, steps: first.steps }] : lists),
          ...extra.map((c) => ({
            heading: caseHeading(c.guideCase),
            steps: inStage(c.steps, stage),
          })),
        ].filter((view) => view.steps.length > 0);
        return { stage, views };
      })
      .filter(({ views }) => views.length > 0);
    return { headingKey: section.headingKey, stages };
  });
  // Short anchors (g1, g2…): the guide travels in the page's first response, which should fit in
  // the first TCP round trip (budgets.json, "html").
  const order = [...details.keys()];
  const anchor = (content: string) => `g${order.indexOf(content) + 1}`;

  return (
    <section className="static-guide" aria-labelledby="static-guide-title">
      <h2 className="heading-l" id="static-guide-title">
        {t('noscript.title')}
      </h2>
      <p>{t('noscript.lead')}</p>
      {sections.map((section) => (
        <section key={section.headingKey}>
          <h2 className="heading-m">{text(section.headingKey)}</h2>
          {section.stages.map(({ stage, views }) => (
            <Fragment key={stage}>
              <h3>{text(`checklist:stages.${stage}.title`)}</h3>
              {views.map((view) => (
                <Fragment key={view.heading ?? stage}>
                  {view.heading ? <h4>{view.heading}</h4> : null}
                  <ol>
                    {view.steps.map((step) => (
                      <li key={step.id}>
                        <a href={`#${anchor(step.content)}`}>
                          {text(`checklist:steps.${step.content}.title`)}
                        </a>
                      </li>
                    ))}
                  </ol>
                </Fragment>
              ))}
            </Fragment>
          ))}
        </section>
      ))}
      {stageIds.map((stage) => (
        <section key={stage}>
          <h2 className="heading-m">{text(`checklist:stages.${stage}.title`)}</h2>
          <p>{text(`checklist:stages.${stage}.intro`)}</p>
          {inStage([...details.values()], stage).map((step) => (
            <Fragment key={step.content}>
              <h3 id={anchor(step.content)}>{text(`checklist:steps.${step.content}.title`)}</h3>
              <StepBody step={step} staticPage />
            </Fragment>
          ))}
        </section>
      ))}
    </section>
  );
}
