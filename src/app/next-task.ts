/**
 * Resolves in a task of its own: work after `await nextTask()` runs after the browser has had a
 * chance to handle a tap or paint a frame, so a long job split this way never blocks the page for
 * long (Total Blocking Time, README "Performance").
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
