import { makeStyles } from "@fluentui/react-components";
import type { TableCount } from "../../core/table-counts";
import { tableTitle } from "../finding-groups";
import { FigureTable } from "./FigureTable";

const useStyles = makeStyles({
  // Scrolls sideways when zoom leaves too little room, rather than widening the pane.
  scroll: { overflowX: "auto" },
});

export interface TableCountsProps {
  counts: readonly TableCount[];
}

/** Rows, vouchers, errors and warnings per table, as a compact table that fits a 320 px pane. */
export function TableCounts({ counts }: TableCountsProps) {
  const styles = useStyles();
  const rows = counts.map((c) => ({
    key: c.table,
    name: tableTitle(c.table),
    figures: [c.rows, c.vouchers, c.errors, c.warnings],
    alert: [false, false, c.errors > 0, false],
  }));
  return (
    <div className={styles.scroll} role="region" aria-label="Rows per table" tabIndex={0}>
      <FigureTable caption="What was read" columns={["Table", "Rows", "Vouchers", "Errors", "Warnings"]} rows={rows} />
    </div>
  );
}
