/** The HandoffError a promise rejects with; fails the test when it resolves or rejects with anything else. */
import { HandoffError } from "../../src/core/handoff-error";

export async function rejection(promise: Promise<unknown>): Promise<HandoffError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HandoffError);
  return error as HandoffError;
}
