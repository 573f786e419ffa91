import { Title2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { bridgeClientFactory, type TransportFactory } from "../bridge-client";
import type { ConnectionStorage } from "../connection";
import { useConnection } from "../hooks/useConnection";
import { usePush } from "../hooks/usePush";
import { useReconcile } from "../hooks/useReconcile";
import { useTallyLists } from "../hooks/useTallyLists";
import { useValidation } from "../hooks/useValidation";
import { saveFile as browserSaveFile, type SaveFile } from "../save-file";
import type { WorkbookPort } from "../../engine/ports";
import { ConnectionPanel } from "./ConnectionPanel";
import { ExportPanel } from "./ExportPanel";
import { HomeView } from "./HomeView";
import { MappingEditor } from "./MappingEditor";
import { PaneNav, type PaneView } from "./PaneNav";
import { ReconcileView } from "./ReconcileView";
import { SendPanel } from "./SendPanel";
import { SettingsPanel } from "./SettingsPanel";
import { SetupWorkbook } from "./SetupWorkbook";
import { ValidateView } from "./ValidateView";

/** What the ribbon asked for: manifest.xml opens the pane at taskpane.html?action=validate or ?action=send. */
export type PaneAction = "validate" | "send";

/** Reads the ribbon's request from the pane's query string; anything else means "no request". */
export function paneActionOf(search: string): PaneAction | undefined {
  const action = new URLSearchParams(search).get("action");
  return action === "validate" || action === "send" ? action : undefined;
}

export type { PaneView };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    // Fluent's inputs keep a 250 px minimum; at 200% zoom a 320 px pane has 160 px, so let them shrink.
    "& .fui-Input, & .fui-SearchBox, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
    overflowWrap: "break-word",
  },
  title: { margin: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  // The hidden attribute alone loses to the panel's display: flex.
  hidden: { display: "none" },
});

export interface AppProps {
  /** The pane's `location.search`, e.g. "?action=validate". */
  search: string;
  /** Everything the pane may ask of the workbook (the Excel adapter, or a fake in tests). */
  port: WorkbookPort;
  /** Makes the client that reaches Tally; defaults to the local bridge over HTTPS. */
  transportFactory?: TransportFactory;
  /** Where the bridge connection is kept; defaults to localStorage. */
  storage?: ConnectionStorage;
  /** Hands an exported file to the person; defaults to a browser download. */
  saveFile?: SaveFile;
}

/**
 * The task pane: Home | Check | Send (and Reconcile) | Export | Names | Settings. Opened plainly it shows Home and
 * checks the workbook without writing to it; opened from a ribbon button it goes to that view and
 * validates at once; Send then shows what will go, and sends on the person's word.
 */
export function App({ search, port, transportFactory = bridgeClientFactory, storage, saveFile = browserSaveFile }: AppProps) {
  const styles = useStyles();
  const action = paneActionOf(search);
  const [view, setView] = useState<PaneView>(action ?? "home");
  const validation = useValidation(port);
  const connection = useConnection(transportFactory, storage);
  const tallyLists = useTallyLists();
  const push = usePush();
  const reconciler = useReconcile(port);
  const opened = useRef(false);

  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (action) void validation.validate();
    else void validation.check();
    if (connection.paired) void connection.test();
  }, [action, validation, connection]);

  const openSend = () => {
    setView("send");
    // After the Send view is shown: the keyboard lands on its one primary button.
    setTimeout(() => document.getElementById("send-vouchers")?.focus(), 0);
  };

  // Reconcile lives in the Send view, below the push: seven tabs do not fit a 320 px pane.
  const openReconcile = () => {
    setView("send");
    setTimeout(() => {
      const start = document.getElementById("reconcile-books");
      start?.scrollIntoView({ block: "center" });
      start?.focus();
    }, 0);
  };

  // Every view stays mounted, so edits and a push under way survive a switch of tabs.
  const panel = (v: PaneView) => ({
    role: "tabpanel",
    id: `panel-${v}`,
    "aria-labelledby": `tab-${v}`,
    hidden: view !== v,
    className: mergeClasses(styles.panel, view !== v && styles.hidden),
  });
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.title}>
        Tally Handoff
      </Title2>
      <PaneNav view={view} onSelect={setView} />
      <section {...panel("home")}>
        <HomeView
          validation={validation}
          connection={connection}
          push={push}
          reconciler={reconciler}
          port={port}
          onSend={openSend}
          onReconcile={openReconcile}
        />
      </section>
      <section {...panel("validate")}>
        <ValidateView validation={validation} port={port} />
      </section>
      <section {...panel("send")}>
        <SendPanel
          validation={validation}
          connection={connection}
          tallyLists={tallyLists}
          push={push}
          port={port}
          onOpenSettings={() => setView("settings")}
          logChanged={reconciler.run}
        />
        <ReconcileView validation={validation} connection={connection} reconciler={reconciler} />
      </section>
      <section {...panel("export")}>
        <ExportPanel validation={validation} saveFile={saveFile} />
      </section>
      <section {...panel("mappings")}>
        <MappingEditor validation={validation} port={port} connection={connection} tallyLists={tallyLists} />
      </section>
      <section {...panel("settings")}>
        <SetupWorkbook port={port} onDone={() => void validation.validate()} />
        <SettingsPanel validation={validation} port={port} />
        <ConnectionPanel connection={connection} />
      </section>
    </main>
  );
}
