/* global document, Office, window */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../adapters/excel/excel-workbook";
import { App } from "./components/App";
import { OpenInExcel } from "./components/OpenInExcel";

/** Renders the pane with the workbook port when the host is Excel, else the "open it in Excel" page. */
function render(inExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {inExcel ? <App search={window.location.search} port={createExcelWorkbook()} /> : <OpenInExcel />}
    </FluentProvider>,
  );
}

// Outside Office office.js calls onReady at once with host null, and offline it may not load at all:
// the pane renders either way, so a plain browser and the e2e tests see it too (stack-notes.md).
if (typeof Office === "undefined") {
  render(false);
} else {
  Office.onReady((info) => render(String(info.host) === "Excel"));
}
