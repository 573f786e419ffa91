/**
 * Issue #17: the Mappings view with 1,000 LedgerMap rows, rendered and filtered in jsdom, against
 * one frame (16 ms). jsdom does no layout or paint, so this is React's and the list's own work:
 * what a search or a first open costs before the browser draws.
 */
import { JSDOM } from "jsdom";
import { prepareHandoff, rowVerdicts } from "../src/core/handoff";
import { sampleWorkbook } from "../test/support/taskpane-fakes";

const ROWS = 1000;
const RUNS = 30;
const FRAME_MS = 16;

function installDom(): void {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  for (const key of [
    "window",
    "document",
    "navigator",
    "HTMLElement",
    "Node",
    "Element",
    "getComputedStyle",
    "requestAnimationFrame",
    "cancelAnimationFrame",
  ]) {
    g[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  g.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  g.IS_REACT_ACT_ENVIRONMENT = true;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

type Timing = { render: number[]; filter: number[] };

/** Mounts `ui("")` (under `ui(null)`, the bare provider), then re-renders it with a search, RUNS times; the first run is warm-up. */
async function time(
  ui: (query: string | null) => unknown,
  search?: (host: HTMLElement, query: string) => void,
): Promise<Timing & { drawn: number }> {
  const React = await import("react");
  const { createRoot } = await import("react-dom/client");
  const out: Timing & { drawn: number } = { render: [], filter: [], drawn: 0 };
  for (let run = 0; run <= RUNS; run++) {
    const host = document.createElement("div");
    document.body.appendChild(host);
    const root = createRoot(host);
    // The pane mounts FluentProvider once, at start-up: it is in place before the timing starts.
    React.act(() => root.render(ui(null) as never));
    const query = `party ${String((run % 9) + 1).padStart(3, "0")}`;
    const t0 = performance.now();
    React.act(() => root.render(ui("") as never));
    const rendered = performance.now() - t0;
    const t1 = performance.now();
    React.act(() => (search ? search(host, query) : root.render(ui(query) as never)));
    const filtered = performance.now() - t1;
    out.drawn = host.querySelectorAll('[role="listitem"]').length;
    React.act(() => root.unmount());
    host.remove();
    // The first run pays for module start-up and Fluent's style insertion: left out.
    if (run === 0) continue;
    out.render.push(rendered);
    out.filter.push(filtered);
  }
  return out;
}

export async function benchPaneMappings(): Promise<Record<string, number | string | boolean>> {
  installDom();
  const React = await import("react");
  const { FluentProvider, webLightTheme } = await import("@fluentui/react-components");
  const { MappingEditor } = await import("../src/taskpane/components/MappingEditor");
  const { MappingList } = await import("../src/taskpane/components/MappingList");
  const { arrangeMappings } = await import("../src/taskpane/mapping-list");
  const { draftsOf } = await import("../src/taskpane/mapping-drafts");

  const input = sampleWorkbook();
  const map = input.tables.LedgerMap!;
  const parties = Array.from({ length: ROWS }, (_, i) => `Party ${String(i + 1).padStart(4, "0")}`);
  input.tables.LedgerMap = { ...map, rows: [...map.rows, ...parties.map((p) => ["Party", p, `${p} Traders`])] };
  const handoff = prepareHandoff(input);
  const result = { input, handoff, verdicts: rowVerdicts(handoff) };
  const idle = async () => undefined;
  const validation = {
    running: false,
    result,
    validate: async () => result,
    check: async () => result,
    cancel() {},
    canCancel: false,
    clearHighlights: idle,
  };
  const connection = {
    connection: { url: "", token: "" },
    paired: false,
    pairing: { state: "idle" as const },
    check: { state: "idle" as const },
    stored: true,
    setUrl() {},
    pair: idle,
    test: idle,
    client: () => ({ post: async () => "", ping: async () => ({ running: false }) }),
  };
  const tallyLists = { loading: false, preparing: false, load: idle, prepare: idle };
  const fluent = (child: unknown) => React.createElement(FluentProvider, { theme: webLightTheme }, child as never);

  // The list alone: arranging the 1,000 rows (search, kinds, unmapped first) and drawing what is in sight.
  const drafts = draftsOf(handoff.books.ledgerMap);
  const noop = () => undefined;
  const list = await time((query) => {
    if (query === null) return fluent(null);
    const arranged = arrangeMappings(drafts, { query, unmappedFirst: true });
    return fluent(React.createElement(MappingList, { entries: arranged.entries, label: "LedgerMap", onName: noop, onRemove: noop }));
  });

  // The whole view (search box, buttons, the add form) around it, searched by typing into its box.
  const setValue = Object.getOwnPropertyDescriptor(window.HTMLInputElement.prototype, "value")!.set!;
  const view = await time(
    (query) =>
      fluent(query === null ? null : React.createElement(MappingEditor, { validation, port: {} as never, connection, tallyLists })),
    (host, query) => {
      const box = host.querySelector<HTMLInputElement>('input[aria-label="Search mappings"]')!;
      setValue.call(box, query);
      box.dispatchEvent(new window.Event("input", { bubbles: true }));
    },
  );
  const figures = [list.render, list.filter, view.render, view.filter].map(median);
  return {
    bench: "pane mappings list (jsdom)",
    mappings: drafts.length,
    drawnAfterFilter: list.drawn,
    listRenderMs: round(figures[0]),
    listFilterMs: round(figures[1]),
    viewRenderMs: round(figures[2]),
    viewFilterMs: round(figures[3]),
    runs: RUNS,
    frameBudgetMs: FRAME_MS,
    withinBudget: figures.every((ms) => ms < FRAME_MS),
    target: "list and whole view, first render and search (medians), each < 16",
  };
}

if (require.main === module) benchPaneMappings().then((r) => console.log(JSON.stringify(r)));
