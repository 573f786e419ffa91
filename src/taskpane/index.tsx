/* global document, Office, window */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App search={window.location.search} />
    </FluentProvider>,
  );
}

// Outside Office office.js calls onReady at once with host null, and offline it may not load at all:
// the pane renders either way, so a plain browser and the e2e tests see it too (stack-notes.md).
if (typeof Office === "undefined") {
  render();
} else {
  Office.onReady(() => render());
}
