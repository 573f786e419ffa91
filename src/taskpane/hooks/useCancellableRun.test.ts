/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { act, renderHook } from "@testing-library/react";
import { useCancellableRun } from "./useCancellableRun";

/** A piece of work that reports progress and then waits for the test to finish it or for Cancel. */
function heldWork() {
  let finish!: (value: string) => void;
  const seen: { signal?: AbortSignal } = {};
  const work = (signal: AbortSignal, onProgress: (p: number) => void) => {
    seen.signal = signal;
    onProgress(40);
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      signal.addEventListener("abort", () => reject(new Error("stopped after the batch under way")));
    });
  };
  return { work, seen, finish: (v: string) => finish(v) };
}

describe("one long action at a time", () => {
  it("shows progress, refuses a second start while one runs, and gives the first one's result", async () => {
    const { result } = renderHook(() => useCancellableRun<number>());
    const first = heldWork();
    let outcome!: Promise<string | undefined>;
    act(() => void (outcome = result.current.run(first.work)));
    expect([result.current.running, result.current.progress]).toEqual([true, 40]);
    let second: string | undefined = "not run";
    await act(async () => void (second = await result.current.run(heldWork().work)));
    expect(second).toBeUndefined();
    await act(async () => first.finish("Posted: 3"));
    expect(await outcome).toBe("Posted: 3");
    expect([result.current.running, result.current.problem]).toEqual([false, undefined]);
  });

  it("Cancel aborts the signal, and what the work then throws is the problem, in words", async () => {
    const { result } = renderHook(() => useCancellableRun<number>());
    const held = heldWork();
    let outcome!: Promise<string | undefined>;
    act(() => void (outcome = result.current.run(held.work)));
    act(() => result.current.cancel());
    expect(held.seen.signal?.aborted).toBe(true);
    expect(await act(() => outcome)).toBeUndefined();
    expect(result.current.running).toBe(false);
    expect(result.current.cancelling).toBe(false);
    expect(result.current.problem?.message).toContain("stopped after the batch under way");
  });
});
