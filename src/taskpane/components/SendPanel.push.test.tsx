/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { WRITE_BATCH_SIZE } from "../../core/push/tally-cost";
import { act, fireEvent, within } from "@testing-library/react";
import type { ProfileName } from "../../emulator/profiles";
import { renderPane } from "../../../test/support/render-pane";
import { PANE_PROFILES } from "../../../test/support/taskpane-fake-tally";
import { readyToSend, sendPanel } from "../../../test/support/pane-send-steps";
import { fakeWorkbook, pairedStorage, sampleWorkbook } from "../../../test/support/taskpane-fakes";

async function openSend(profile: ProfileName, port = fakeWorkbook()) {
  const { tally } = renderPane({ port, search: "?action=send", storage: pairedStorage(), profile });
  await within(sendPanel()).findByRole("table", { name: "Vouchers to send" });
  await readyToSend(profile, tally);
  return { port, tally };
}

describe.each(PANE_PROFILES)("the Send view on the emulator's %s profile", (profile) => {
  it("sends the valid vouchers, shows progress, then what happened", async () => {
    const { port, tally } = await openSend(profile);
    tally.holdImports = true;
    const waiting = tally.importWaiting();
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }));
    await act(() => waiting);
    expect(await within(sendPanel()).findByRole("progressbar")).toBeTruthy();
    act(() => tally.release());
    expect(await within(sendPanel()).findByText("Done")).toBeTruthy();
    expect(within(sendPanel()).getByText("Posted: 3")).toBeTruthy();
    expect(within(sendPanel()).getByText("Failed: 0")).toBeTruthy();
    expect(within(sendPanel()).queryByRole("progressbar")).toBeNull();
    expect(
      port.statusWrites
        .flat()
        .map((r) => `${r.voucher.number}:${r.outcome}`)
        .sort(),
    ).toEqual(["INV-1:Posted", "INV-2:Posted", "RCT-1:Posted"]);
    expect(port.log.some((e) => e.result === "Posted")).toBe(true);
    // The workbook's numbers, kept by Tally on every profile (on factory after Prepare Tally).
    expect(
      tally.state
        .vouchers()
        .map((v) => v.number)
        .sort(),
    ).toEqual(["INV-1", "INV-2", "RCT-1"]);
    // The workbook was read again just before sending.
    expect(port.callsTo("readWorkbook")).toHaveLength(2);
  });

  it("says a second send has nothing new to do", async () => {
    const { tally } = await openSend(profile);
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }));
    await within(sendPanel()).findByText("Posted: 3");
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }));
    expect(await within(sendPanel()).findByText("Already up to date: 3")).toBeTruthy();
    expect(within(sendPanel()).getByText("Posted: 0")).toBeTruthy();
    expect(tally.state.vouchers()).toHaveLength(3);
  });

  it("Cancel stops after the batch under way; the rest are not sent", async () => {
    // One more than a write request holds: Cancel lands while the first one is under way.
    const { port, tally } = await openSend(profile, fakeWorkbook(sampleWorkbook(WRITE_BATCH_SIZE)));
    tally.holdImports = true;
    const waiting = tally.importWaiting();
    fireEvent.click(within(sendPanel()).getByRole("button", { name: `Send ${WRITE_BATCH_SIZE + 3} vouchers to Tally` }));
    await act(() => waiting);
    fireEvent.click(await within(sendPanel()).findByRole("button", { name: "Cancel" }));
    expect(within(sendPanel()).getByRole("button", { name: "Stopping after this batch…" })).toBeTruthy();
    act(() => tally.release());
    expect(await within(sendPanel()).findByText("Cancelled: the rest were not sent")).toBeTruthy();
    expect(within(sendPanel()).getByText(`Posted: ${WRITE_BATCH_SIZE}`)).toBeTruthy();
    const voucherImports = tally.requests.filter((x) => /<REPORTNAME>Vouchers</.test(x));
    expect(voucherImports).toHaveLength(1);
    expect(port.statusWrites.flat()).toHaveLength(WRITE_BATCH_SIZE);
    expect(tally.state.vouchers()).toHaveLength(WRITE_BATCH_SIZE);
  }, 60000);
});
