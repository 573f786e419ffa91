/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HandoffError } from "../../core/handoff-error";
import { renderPane } from "../../../test/support/render-pane";
import { fakeTally, pairedStorage } from "../../../test/support/taskpane-fakes";

const sendPanel = () => screen.getByRole("tabpanel", { name: "Send" });

async function openSend(options: Parameters<typeof renderPane>[0] = {}) {
  const pane = renderPane({ search: "?action=send", storage: pairedStorage(), ...options });
  await within(sendPanel()).findByRole("table", { name: "Vouchers to send" });
  return pane;
}

// The pushes that reach Tally run on every profile in SendPanel.push.test.tsx.
describe("the Send view", () => {
  it("sums the vouchers per kind and the GST per head and rate, in Indian rupees", async () => {
    await openSend();
    const kinds = within(sendPanel()).getByRole("table", { name: "Vouchers to send" });
    expect(
      within(within(kinds).getByRole("row", { name: /Sales invoices/ }))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["2", "₹1,74,000.00"]);
    expect(
      within(within(kinds).getByRole("row", { name: /Receipts/ }))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "₹1,000.00"]);
    const gst = within(sendPanel()).getByRole("table", { name: "GST in these vouchers" });
    expect(within(within(gst).getByRole("row", { name: /CGST @ 9%/ })).getAllByRole("cell")[0].textContent).toBe("₹9,000.00");
    expect(within(within(gst).getByRole("row", { name: /IGST @ 12%/ })).getAllByRole("cell")[0].textContent).toBe("₹6,000.00");
    expect(within(sendPanel()).getByText(/3 rows with errors .* will be held back; the rest are sent/)).toBeTruthy();
  });

  it("will not send before the pane is paired with the bridge, and says where to pair", async () => {
    await openSend({ storage: undefined });
    expect((within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Open Settings" }));
    expect(screen.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
  });

  it("lists the masters Tally lacks and that will be created", async () => {
    await openSend();
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Check masters in Tally" }));
    expect(await within(sendPanel()).findByText(/masters will be created in Tally/)).toBeTruthy();
    expect(within(sendPanel()).getByText("Ledger: Sharma Traders")).toBeTruthy();
    expect(within(sendPanel()).getByText("Ledger: Output IGST")).toBeTruthy();
  });

  it("on Tally as it comes, names the numbering problem, asks before Prepare Tally, then sends under the workbook's numbers", async () => {
    const tally = fakeTally(undefined, "factory");
    await openSend({ transportFactory: () => tally });
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Check masters in Tally" }));
    expect(await within(sendPanel()).findByText("Tally would replace these numbers")).toBeTruthy();
    expect(within(sendPanel()).getByText(/^Sales: numbered by Tally \(Automatic\), so 2 vouchers would get Tally's numbers/)).toBeTruthy();
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Prepare Tally" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/will alter .*Sales.*: Method of Voucher Numbering Manual, Prevent Duplicates Yes/)).toBeTruthy();
    // Nothing changes in Tally before the person confirms.
    expect(tally.state.voucherTypes.get("Sales")?.numbering).toBe("Automatic");
    fireEvent.click(await within(dialog).findByRole("button", { name: /^Change / }));
    await waitFor(() => expect(within(sendPanel()).queryByText("Tally would replace these numbers")).toBeNull());
    expect(tally.state.voucherTypes.get("Sales")?.numbering).toBe("Manual");
    expect(tally.state.voucherTypes.get("Sales")?.preventDuplicates).toBe(true);
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }));
    expect(await within(sendPanel()).findByText("Done")).toBeTruthy();
    expect(within(sendPanel()).getByText("Posted: 3")).toBeTruthy();
    expect(
      tally.state
        .vouchers()
        .map((v) => v.number)
        .sort(),
    ).toEqual(["INV-1", "INV-2", "RCT-1"]);
  });

  it("says why the push stopped and what to do when the bridge is away", async () => {
    const away = {
      post: async () => {
        throw new HandoffError(
          "bridge-unreachable",
          "The Tally Handoff bridge did not answer at https://localhost:9400.",
          "Start the bridge on this computer.",
        );
      },
      ping: async () => ({ running: false }),
    };
    await openSend({ transportFactory: () => away });
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Send 3 vouchers to Tally" }));
    expect(await within(sendPanel()).findByText("The push stopped early")).toBeTruthy();
    expect(within(sendPanel()).getByText(/did not answer at https:\/\/localhost:9400\. Start the bridge on this computer\./)).toBeTruthy();
    await waitFor(() => expect(within(sendPanel()).getByText("Posted: 0")).toBeTruthy());
  });
});
