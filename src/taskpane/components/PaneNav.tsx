import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

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
  bar: { display: "flex", flexWrap: "nowrap", overflowX: "auto", flexShrink: 0, scrollbarWidth: "thin" },
  tab: {
    flexShrink: 0,
    whiteSpace: "nowrap",
    cursor: "pointer",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // 3 px each side: the six labels then fit a 320 px pane with room to spare for wider fonts.
    padding: `${tokens.spacingVerticalSNudge} 3px`,
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderLeftStyle: "none",
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: 0,
    ":hover": { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    // Colour and a brand underline, not bold: bold would widen the row when another tab is chosen.
    color: tokens.colorNeutralForeground1,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ":hover": { borderBottomColor: tokens.colorCompoundBrandStroke },
  },
});

export interface PaneNavProps {
  view: PaneView;
  onSelect(view: PaneView): void;
}

/**
 * The pane's views as one row of tabs (WAI-ARIA tabs: one tab stop, arrow keys, Home and End move
 * and choose). Plain buttons: Fluent's TabList puts focusable stand-ins inside aria-hidden, which
 * axe-core counts as a serious fault.
 */
export function PaneNav({ view, onSelect }: PaneNavProps) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement>(null);
  const choose = (next: PaneView) => {
    onSelect(next);
    const tab = bar.current?.querySelector<HTMLElement>(`#tab-${next}`);
    tab?.focus();
    tab?.scrollIntoView({ block: "nearest", inline: "nearest" });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = VIEWS.findIndex((v) => v.view === view);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(VIEWS[(to + VIEWS.length) % VIEWS.length].view);
  };
  return (
    <div ref={bar} role="tablist" aria-label="Views" className={styles.bar} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: v, label }) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={v === view}
          aria-controls={`panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          className={mergeClasses(styles.tab, v === view && styles.selected)}
          onClick={() => choose(v)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
