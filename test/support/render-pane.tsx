/** Renders the task pane (or one view) inside FluentProvider, as index.tsx does, with fakes wired in. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { App, type AppProps } from "../../src/taskpane/components/App";
import type { ProfileName } from "../../src/emulator/profiles";
import { fakeTally, fakeWorkbook, memoryStorage } from "./taskpane-fakes";

export function renderInFluent(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export type PaneProps = Partial<AppProps> & {
  /** The emulator profile the in-process Tally is set up as (when no transportFactory is given). */
  profile?: ProfileName;
};

/** The whole pane with an in-memory workbook, an in-process Tally and a memory store unless given. */
export function renderPane(props: PaneProps = {}) {
  const port = (props.port ?? fakeWorkbook()) as ReturnType<typeof fakeWorkbook>;
  const tally = fakeTally(undefined, props.profile);
  const storage = props.storage ?? memoryStorage();
  const saved: { fileName: string; mimeType: string; bytes: Uint8Array }[] = [];
  const view = renderInFluent(
    <App
      search={props.search ?? ""}
      port={port}
      transportFactory={props.transportFactory ?? (() => tally)}
      storage={storage}
      saveFile={props.saveFile ?? ((file) => void saved.push(file))}
    />,
  );
  return { ...view, port, tally, storage, saved };
}
