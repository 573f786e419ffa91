/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { act, renderHook } from "@testing-library/react";
import { useClosingDialog } from "./useClosingDialog";

describe("a confirmation dialog while it closes", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("keeps what it asked about for a second after closing, then lets it go", () => {
    const { result } = renderHook(() => useClosingDialog<string>());
    act(() => result.current.ask("delete 2 orphans"));
    expect([result.current.open, result.current.asking]).toEqual([true, "delete 2 orphans"]);
    act(() => result.current.close());
    expect([result.current.open, result.current.asking]).toEqual([false, "delete 2 orphans"]);
    act(() => jest.advanceTimersByTime(999));
    expect(result.current.asking).toBe("delete 2 orphans");
    act(() => jest.advanceTimersByTime(1));
    expect(result.current.asking).toBeUndefined();
  });

  it("asked again while closing, stays with the new question", () => {
    const { result } = renderHook(() => useClosingDialog<string>());
    act(() => result.current.ask("take back push 1"));
    act(() => result.current.close());
    act(() => result.current.ask("re-create 3 vouchers"));
    act(() => jest.advanceTimersByTime(5_000));
    expect([result.current.open, result.current.asking]).toEqual([true, "re-create 3 vouchers"]);
  });
});
