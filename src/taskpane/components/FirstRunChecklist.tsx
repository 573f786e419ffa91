import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { HomeState } from "../home-state";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  done: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
  todo: { color: tokens.colorNeutralForeground3, minWidth: "3.5em" },
});

const STEPS: { key: keyof HomeState["checklist"]; label: string }[] = [
  { key: "setUp", label: "Set up the workbook" },
  { key: "paired", label: "Pair with the bridge" },
  { key: "clean", label: "Check with no errors" },
  { key: "sent", label: "Send vouchers to Tally" },
  { key: "reconciled", label: "Reconcile: Tally in step" },
];

export interface FirstRunChecklistProps {
  checklist: HomeState["checklist"];
}

/** The five steps of a first run, each ticked by what the workbook and the pane show, never by a click. */
export function FirstRunChecklist({ checklist }: FirstRunChecklistProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="first-run">
      <Subtitle2 as="h2" id="first-run">
        First run
      </Subtitle2>
      <ul className={styles.list}>
        {STEPS.map(({ key, label }) => (
          <li key={key} className={styles.item}>
            <span className={checklist[key] ? styles.done : styles.todo}>{checklist[key] ? "✓ Done" : "To do"}</span>
            <span>{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
