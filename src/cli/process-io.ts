/**
 * The real process's streams and Ctrl+C, for bin/tally-handoff.js. Ctrl+C is taken over only by
 * the commands that ask (push stops after the current batch and saves the workbook); a second
 * Ctrl+C, or one during any other command, ends the process as usual.
 */
import type { CliIo, Interruption } from "./cli-io";

export function processIo(): CliIo {
  let progressShown = false;
  const endProgress = () => {
    if (progressShown) process.stdout.write("\n");
    progressShown = false;
  };
  return {
    out: (text) => {
      endProgress();
      process.stdout.write(`${text}\n`);
    },
    err: (text) => {
      endProgress();
      process.stderr.write(`${text}\n`);
    },
    progress: (text) => {
      // \r back to the line's start, \x1b[K clears what a longer earlier line left behind.
      process.stdout.write(`\r${text}\x1b[K`);
      progressShown = true;
    },
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    interruption: (): Interruption => {
      const controller = new AbortController();
      const stop = () => controller.abort();
      const stopped = new Promise<void>((resolve) => controller.signal.addEventListener("abort", () => resolve(), { once: true }));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      return {
        signal: controller.signal,
        stopped,
        dispose: () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
        },
      };
    },
  };
}
