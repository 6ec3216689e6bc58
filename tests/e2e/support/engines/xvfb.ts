// A virtual X display for WebKitGTK's MiniBrowser, started and stopped by the e2e global setup.
// -displayfd lets Xvfb pick a free display number itself and tell us which, so parallel runs on
// one machine never collide.
import { spawn } from 'node:child_process';

export interface VirtualDisplay {
  /** e.g. ":3", for DISPLAY. */
  readonly display: string;
  stop(): Promise<void>;
}

export async function startXvfb(xvfbPath: string, timeoutMs = 15_000): Promise<VirtualDisplay> {
  const child = spawn(
    xvfbPath,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Xvfb did not report a display within ${timeoutMs} ms: ${log}`));
    }, timeoutMs);
    const fd = child.stdio[3];
    let out = '';
    fd?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before reporting a display: ${log}`));
    });
  });
  return {
    display,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
