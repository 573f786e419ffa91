import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  scroller: {
    height: "min(28rem, 60vh)",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    position: "relative",
  },
  item: { position: "absolute", left: 0, right: 0, boxSizing: "border-box" },
});

/** Where the scroller's height is unknown (jsdom, before layout), draw as if it were this tall. */
const FALLBACK_VIEWPORT_PX = 480;
const OVERSCAN_PX = 200;

export interface VirtualListProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  heightOf(item: T): number;
  render(item: T): ReactNode;
  label: string;
}

/**
 * A list that draws only what is in sight (plus a margin), so 1,000 rows cost what 20 do. Rows
 * have fixed heights; each drawn row says where it sits (aria-posinset of aria-setsize), and focus
 * moving into a row scrolls it into sight, which draws the rows around it.
 */
export function VirtualList<T>({ items, keyOf, heightOf, render, label }: VirtualListProps<T>) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrolled, setScrolled] = useState(0);
  const offsets = useMemo(() => {
    const out = new Array<number>(items.length + 1);
    out[0] = 0;
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i] + heightOf(items[i]);
    return out;
  }, [items, heightOf]);
  const viewport = scroller.current?.clientHeight || FALLBACK_VIEWPORT_PX;
  // A list that shrank (a search) may leave the old scroll position past its end.
  const top = Math.max(0, Math.min(scrolled, offsets[items.length] - viewport));
  const first = Math.max(0, lastAtOrBefore(offsets, top - OVERSCAN_PX));
  const end = Math.min(items.length, lastAtOrBefore(offsets, top + viewport + OVERSCAN_PX) + 1);
  const drawn: ReactNode[] = [];
  for (let i = first; i < end; i++) {
    drawn.push(
      <div
        key={keyOf(items[i])}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={items.length}
        className={styles.item}
        style={{ top: offsets[i], height: heightOf(items[i]) }}
      >
        {render(items[i])}
      </div>,
    );
  }
  return (
    <div ref={scroller} className={styles.scroller} onScroll={(e) => setScrolled(e.currentTarget.scrollTop)}>
      <div role="list" aria-label={label} style={{ height: offsets[items.length], position: "relative" }}>
        {drawn}
      </div>
    </div>
  );
}

/** The index of the last offset at or before `y` (binary search; offsets ascend). */
function lastAtOrBefore(offsets: readonly number[], y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
