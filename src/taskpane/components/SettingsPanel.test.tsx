/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HandoffError } from "../../core/handoff-error";
import { CONNECTION_STORAGE_KEY } from "../connection";
import { renderPane } from "../../../test/support/render-pane";

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

  it("pairs with a fresh token shown once in the bridge command, kept in localStorage and never in the workbook", async () => {
    const { port } = await openSettings({ storage: window.localStorage });
    fireEvent.click(within(settings()).getByRole("button", { name: "Pair" }));
    const command = (await within(settings()).findByLabelText("Pairing command")) as HTMLInputElement;
    const token = /^npx tally-handoff bridge --pair ([A-Za-z0-9_-]+)$/.exec(command.value)?.[1];
    expect(token).toHaveLength(43);
    expect(JSON.parse(window.localStorage.getItem(CONNECTION_STORAGE_KEY)!)).toEqual({ url: "https://localhost:9400", token });
    expect(JSON.stringify(port.calls)).not.toContain(token);
    expect(within(settings()).getByText("Paired with the bridge.")).toBeTruthy();
    fireEvent.click(within(settings()).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(document.body.innerHTML).not.toContain(token!));
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
        throw new HandoffError("bridge-unreachable", "The Tally Handoff bridge did not answer at https://localhost:9400.", "Start the bridge.");
      },
    };
    await openSettings({ transportFactory: () => away });
    fireEvent.click(within(settings()).getByRole("button", { name: "Test connection" }));
    expect(await within(settings()).findByText("The bridge is not reachable at https://localhost:9400.")).toBeTruthy();
    expect(within(settings()).getByText(/npx tally-handoff bridge/)).toBeTruthy();
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
