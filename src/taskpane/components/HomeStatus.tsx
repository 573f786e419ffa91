import { makeStyles, tokens } from "@fluentui/react-components";
import type { Connection } from "../hooks/useConnection";
import type { HomeState } from "../home-state";
import { checkLine, lastPushLine, tablesLine, tallyLine, vouchersLine } from "../home-words";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  group: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  bad: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface HomeStatusProps {
  home: HomeState;
  connection: Connection;
}

/** The workbook's state at a glance, as terms and values that stay in two columns at 320 px. */
export function HomeStatus({ home, connection }: HomeStatusProps) {
  const styles = useStyles();
  const rows: [string, string, boolean?][] = home.checked
    ? [
        ["Workbook", home.setUp ? "Set up" : "Not set up yet", !home.setUp],
        ["Tables", tablesLine(home)],
        ["Check", checkLine(home), home.errors > 0],
        ["Vouchers", vouchersLine(home)],
      ]
    : [["Workbook", "Not checked yet"]];
  rows.push(["Last sent", lastPushLine(home.lastPush)]);
  rows.push(["Bridge", connection.paired ? "Paired" : "Not paired", !connection.paired]);
  rows.push(["Tally", tallyLine(connection.paired, connection.check)]);
  return (
    <dl className={styles.list} aria-label="This workbook at a glance">
      {rows.map(([term, value, bad]) => (
        <div key={term} className={styles.group}>
          <dt className={styles.term}>{term}</dt>
          <dd className={bad ? styles.bad : styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
