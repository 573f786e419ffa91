import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export type PaneView = "home" | "validate" | "send" | "export" | "mappings" | "settings";

/** Short labels, so six tabs fit a 320 px pane on one line. */
export const VIEWS: { view: PaneView; label: string }[] = [
  { view: "home", label: "Home" },
  { view: "validate", label: "Check" },
  { view: "send", label: "Send" },
  { view: "export", label: "Export" },
  { view: "mappings", label: "Names" },
  { view: "settings", label: "Settings" },
];

const useStyles = makeStyles({
  // Never wraps: when zoom leaves too little room the row scrolls, and the chosen tab is scrolled into view.
  bar: { overflowX: "auto", overflowY: "hidden", flexShrink: 0, scrollbarWidth: "thin" },
  tabs: { flexWrap: "nowrap", width: "max-content" },
  tab: { whiteSpace: "nowrap", paddingLeft: "6px", paddingRight: "6px" },
});

export interface PaneNavProps {
  view: PaneView;
  onSelect(view: PaneView): void;
}

/** The pane's views as one row of tabs; the current one is always in sight. */
export function PaneNav({ view, onSelect }: PaneNavProps) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.querySelector<HTMLElement>(`#tab-${view}`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [view]);
  return (
    <nav ref={bar} className={styles.bar} aria-label="Views">
      <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => onSelect(d.value as PaneView)}>
        {VIEWS.map(({ view: v, label }) => (
          <Tab key={v} id={`tab-${v}`} value={v} aria-controls={`panel-${v}`} className={styles.tab}>
            {label}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
