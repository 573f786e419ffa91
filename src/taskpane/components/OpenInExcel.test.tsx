/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { screen } from "@testing-library/react";
import { renderInFluent } from "../../../test/support/render-pane";
import { OpenInExcel } from "./OpenInExcel";

describe("the page outside Excel", () => {
  it("asks the person to open the pane inside Excel and says where the buttons are", () => {
    renderInFluent(<OpenInExcel />);
    expect(screen.getByRole("heading", { name: "Tally Handoff" })).toBeTruthy();
    expect(screen.getByText("Open this pane inside Excel.")).toBeTruthy();
    expect(screen.getByText(/Validate or Send to Tally/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
