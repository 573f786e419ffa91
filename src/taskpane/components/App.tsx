import { Button, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";

/** What the ribbon asked for: manifest.xml opens the pane at taskpane.html?action=validate or ?action=send. */
export type PaneAction = "validate" | "send";

const ACTION_LABELS: Record<PaneAction, string> = { validate: "Validate", send: "Send to Tally" };

/** Reads the ribbon's request from the pane's query string; anything else means "no request". */
export function paneActionOf(search: string): PaneAction | undefined {
  const action = new URLSearchParams(search).get("action");
  return action === "validate" || action === "send" ? action : undefined;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  /** The pane's `location.search`, e.g. "?action=validate". */
  search: string;
}

/** Placeholder pane: names the add-in and shows its two actions, not yet wired. */
export function App({ search }: AppProps) {
  const styles = useStyles();
  const action = paneActionOf(search);
  return (
    <main className={styles.root}>
      <Title2 as="h1">Tally Handoff</Title2>
      {action && <Text>Opened from the ribbon: {ACTION_LABELS[action]}.</Text>}
      <Text>Checking tables and sending vouchers to Tally are coming soon.</Text>
      <div className={styles.actions}>
        <Button appearance={action === "send" ? "secondary" : "primary"} disabled>
          {ACTION_LABELS.validate}
        </Button>
        <Button appearance={action === "send" ? "primary" : "secondary"} disabled>
          {ACTION_LABELS.send}
        </Button>
      </div>
    </main>
  );
}
