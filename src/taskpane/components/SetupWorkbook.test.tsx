/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { HandoffError } from "../../core/handoff-error";
import type { WorkbookPort } from "../../engine/ports";
import { SetupWorkbook, setupSummary } from "./SetupWorkbook";

function renderWith(setupWorkbook: WorkbookPort["setupWorkbook"], onDone = jest.fn()) {
  const port = { setupWorkbook } as unknown as WorkbookPort;
  render(
    <FluentProvider theme={webLightTheme}>
      <SetupWorkbook port={port} onDone={onDone} />
    </FluentProvider>,
  );
  return onDone;
}

describe("Set up workbook", () => {
  it("runs the setup and says what it added", async () => {
    const onDone = renderWith(async () => ({ createdTables: ["Returns", "Journals"], addedColumns: ["Sales"], createdHiddenSheet: true }));
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(
      await screen.findByText(
        "Set up: added the tables Returns, Journals; added status columns to Sales; created the hidden TallyHandoff sheet.",
      ),
    ).toBeTruthy();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it("says plainly when nothing needed doing", () => {
    expect(setupSummary({ createdTables: [], addedColumns: [], createdHiddenSheet: false })).toBe(
      "The workbook was already set up; nothing changed.",
    );
  });

  it("shows the workbook's problem with its suggestion", async () => {
    renderWith(async () => {
      throw new HandoffError("internal", "The workbook is protected.", "Unprotect the sheet and try again.");
    });
    fireEvent.click(screen.getByRole("button", { name: "Set up workbook" }));
    expect(await screen.findByText("The workbook is protected.")).toBeTruthy();
    expect(screen.getByText("Unprotect the sheet and try again.")).toBeTruthy();
  });
});
