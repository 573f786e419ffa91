/**
 * Tally's HTTP gateway works on one request at a time and a second one only waits behind the
 * first (PROTOCOL.md 6.5), so the bridge queues its requests rather than piling them on Tally.
 */

/** Runs jobs strictly one after another, in arrival order; a failed job does not stop the queue. */
export function oneAtATime(): { run<T>(job: () => Promise<T>): Promise<T>; readonly busy: boolean } {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      pending++;
      const result = tail.then(job); // tail never rejects: see below
      tail = result.then(
        () => pending--,
        () => pending--,
      );
      return result;
    },
    get busy() {
      return pending > 0;
    },
  };
}
