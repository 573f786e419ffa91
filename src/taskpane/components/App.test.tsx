/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderPane } from "../../../test/support/render-pane";
import { paneActionOf } from "./App";

describe("the task pane", () => {
  it("names the add-in and offers the six views as tabs, Home first and chosen", async () => {
    renderPane();
    expect(screen.getByRole("heading", { name: "Tally Handoff" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab").map((t) => t.id);
    expect(tabs).toEqual(["tab-home", "tab-validate", "tab-send", "tab-export", "tab-mappings", "tab-settings"]);
    for (const name of ["Home", "Check", "Send", "Export", "Names", "Settings"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Home" }).getAttribute("aria-selected")).toBe("true");
    // Home's check on open settles before the test ends (its late update would land outside act).
    await screen.findByText("3 errors, 1 warning");
  });

  it("opened without a ribbon action, checks the workbook but writes nothing to it", async () => {
    const { port } = renderPane();
    // The sample: a Taxable Value "abc", a blank Invoice No, an unmapped PhonePe; INV-2 at a retired slab.
    await screen.findByText("3 errors, 1 warning");
    expect(port.calls.map((c) => c.method)).toEqual(["readWorkbook"]);
  });

  it("opened with ?action=validate, validates at once and writes statuses and highlights", async () => {
    const { port } = renderPane({ search: "?action=validate" });
    await screen.findByText(/3 errors hold back/);
    expect(port.calls.map((c) => c.method)).toEqual(["readWorkbook", "writeVerdicts", "highlight"]);
    const highlighted = port.callsTo("highlight")[0][0] as { severity: string }[];
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.every((f) => f.severity === "error")).toBe(true);
  });

  it("opened with ?action=send, shows the Send view with the vouchers read from the workbook", async () => {
    renderPane({ search: "?action=send" });
    expect(screen.getByRole("tab", { name: "Send" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "Send 3 vouchers to Tally" })).toBeTruthy();
  });

  it("switches views with the tabs", async () => {
    renderPane();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    await waitFor(() => expect(screen.getByRole("tabpanel", { name: "Settings" })).toBeTruthy());
    expect(screen.getByRole("button", { name: "Test connection" })).toBeTruthy();
  });
});

describe("paneActionOf", () => {
  it("reads validate and send from the query the manifest puts on taskpane.html", () => {
    expect(paneActionOf("?action=validate")).toBe("validate");
    expect(paneActionOf("?foo=1&action=send")).toBe("send");
  });

  it("ignores a missing or unknown action", () => {
    expect(paneActionOf("")).toBeUndefined();
    expect(paneActionOf("?action=delete")).toBeUndefined();
  });
});
