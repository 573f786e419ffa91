/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App, paneActionOf } from "./App";

function renderPane(search: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App search={search} />
    </FluentProvider>,
  );
}

describe("the placeholder task pane", () => {
  it("shows the add-in's name and both actions as buttons, disabled until they are built", () => {
    renderPane("");
    expect(screen.getByRole("heading", { name: "Tally Handoff" })).toBeTruthy();
    const validate = screen.getByRole("button", { name: "Validate" });
    const send = screen.getByRole("button", { name: "Send to Tally" });
    expect((validate as HTMLButtonElement).disabled).toBe(true);
    expect((send as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/coming soon/)).toBeTruthy();
  });

  it("says which ribbon button opened it", () => {
    renderPane("?action=send");
    expect(screen.getByText("Opened from the ribbon: Send to Tally.")).toBeTruthy();
  });

  it("says nothing about the ribbon when opened without an action", () => {
    renderPane("");
    expect(screen.queryByText(/Opened from the ribbon/)).toBeNull();
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
