/** Steps a bookkeeper takes in the pane's Send view, shared by the pane tests that push. */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ProfileName } from "../../src/emulator/profiles";
import { keepsWorkbookNumbers } from "./taskpane-fake-tally";
import type { FakeTally } from "./taskpane-fakes";

export const sendPanel = () => screen.getByRole("tabpanel", { name: "Send" });
const NUMBERING_PROBLEM = "Tally would replace these numbers";

/**
 * What a bookkeeper does before the first send: Check masters in Tally, and where Tally numbers
 * vouchers itself (factory), Prepare Tally through the pane's own dialog, confirmed.
 */
export async function readyToSend(profile: ProfileName, tally: FakeTally) {
  fireEvent.click(within(sendPanel()).getByRole("button", { name: "Check masters in Tally" }));
  await within(sendPanel()).findByText(/masters will be created in Tally/);
  if (keepsWorkbookNumbers(profile)) {
    expect(within(sendPanel()).queryByText(NUMBERING_PROBLEM)).toBeNull();
    return;
  }
  expect(within(sendPanel()).getByText(NUMBERING_PROBLEM)).toBeTruthy();
  fireEvent.click(within(sendPanel()).getByRole("button", { name: "Prepare Tally" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.click(await within(dialog).findByRole("button", { name: /^Change / }));
  await waitFor(() => expect(within(sendPanel()).queryByText(NUMBERING_PROBLEM)).toBeNull());
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull(), { timeout: 3_000 });
  expect(tally.state.voucherTypes.get("Sales")?.numbering).toBe("Manual");
}
