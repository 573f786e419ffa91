/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { HandoffError } from "../../core/handoff-error";
import { CONNECTION_STORAGE_KEY } from "../connection";
import { renderPane } from "../../../test/support/render-pane";
import { FAKE_PAIRING_CODE } from "../../../test/support/taskpane-fakes";

const settings = () => screen.getByRole("tabpanel", { name: "Settings" });

async function openSettings(options: Parameters<typeof renderPane>[0] = {}) {
  const pane = renderPane({ search: "?action=validate", ...options });
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  await within(settings()).findByLabelText("Tally Company");
  return pane;
}

describe("the workbook settings", () => {
  it("shows the settings as typed and writes back only the ones changed", async () => {
    const { port } = await openSettings();
    const company = within(settings()).getByLabelText("Tally Company") as HTMLInputElement;
    expect(company.value).toBe("Tara Traders");
    expect((within(settings()).getByLabelText("Financial Years") as HTMLInputElement).value).toBe("2026-27");
    expect((within(settings()).getByLabelText("Round Off Ledger") as HTMLInputElement).value).toBe("Round Off");
    fireEvent.change(company, { target: { value: "Tara Traders Pvt Ltd" } });
    fireEvent.change(within(settings()).getByLabelText("Sales Voucher Type"), { target: { value: "GST Sales" } });
    fireEvent.click(within(settings()).getByRole("button", { name: "Save settings" }));
    await within(settings()).findByText("Saved 2 settings.");
    expect(port.callsTo("writeSetting")).toEqual([
      ["Tally Company", "Tara Traders Pvt Ltd"],
      ["Sales Voucher Type", "GST Sales"],
    ]);
    // Read again, so every view works with the new settings.
    expect(port.callsTo("readWorkbook")).toHaveLength(2);
  });
});

describe("the connection to Tally", () => {
  beforeEach(() => window.localStorage.clear());

  it("pairs by the code the bridge shows, keeping the new token in localStorage and never in the workbook", async () => {
    const { port, tally } = await openSettings({ storage: window.localStorage });
    fireEvent.change(within(settings()).getByLabelText("Pairing code"), { target: { value: FAKE_PAIRING_CODE } });
    fireEvent.click(within(settings()).getByRole("button", { name: "Pair" }));
    expect(await within(settings()).findByText("Paired with the bridge.")).toBeTruthy();
    const [token] = tally.pairings;
    expect(token).toHaveLength(43);
    expect(JSON.parse(window.localStorage.getItem(CONNECTION_STORAGE_KEY)!)).toEqual({ url: "https://localhost:9400", token });
    expect(JSON.stringify(port.calls)).not.toContain(token);
    expect(document.body.innerHTML).not.toContain(token);
  });

  it("says so when the code is wrong, and keeps the pane unpaired", async () => {
    const { tally } = await openSettings({ storage: window.localStorage });
    fireEvent.change(within(settings()).getByLabelText("Pairing code"), { target: { value: "ZZZZ-ZZZZ" } });
    fireEvent.click(within(settings()).getByRole("button", { name: "Pair" }));
    expect(await within(settings()).findByText("That is not the pairing code the bridge shows.")).toBeTruthy();
    expect(tally.pairings).toEqual([]);
    expect(within(settings()).getByText("Not paired with the bridge yet.")).toBeTruthy();
  });

  it("keeps a changed bridge address in localStorage", async () => {
    await openSettings({ storage: window.localStorage });
    const address = within(settings()).getByLabelText("Bridge address");
    fireEvent.change(address, { target: { value: "https://localhost:9555" } });
    fireEvent.blur(address);
    expect(JSON.parse(window.localStorage.getItem(CONNECTION_STORAGE_KEY)!).url).toBe("https://localhost:9555");
  });

  it("says plainly when the bridge is not reachable", async () => {
    const away = {
      post: async () => "",
      ping: async () => {
        throw new HandoffError(
          "bridge-unreachable",
          "The Tally Handoff bridge did not answer at https://localhost:9400.",
          "Start the bridge.",
        );
      },
    };
    await openSettings({ transportFactory: () => away });
    fireEvent.click(within(settings()).getByRole("button", { name: "Test connection" }));
    expect(await within(settings()).findByText("The bridge is not reachable at https://localhost:9400.")).toBeTruthy();
    expect(
      within(settings()).getByText(
        /Start the Tally Handoff bridge \(tally-handoff-bridge\.exe\) on this computer and keep its window open/,
      ),
    ).toBeTruthy();
    expect(document.body.innerHTML).not.toContain("npx");
  });

  it("tells apart a bridge whose Tally is closed from a working connection", async () => {
    let running = false;
    const bridge = { post: async () => "", ping: async () => ({ running, product: running ? "TallyPrime" : undefined }) };
    await openSettings({ transportFactory: () => bridge });
    fireEvent.click(within(settings()).getByRole("button", { name: "Test connection" }));
    expect(await within(settings()).findByText("The bridge answers, but Tally does not.")).toBeTruthy();
    running = true;
    fireEvent.click(within(settings()).getByRole("button", { name: "Test connection" }));
    expect(await within(settings()).findByText("Connected: the bridge answers and TallyPrime is running.")).toBeTruthy();
  });
});
