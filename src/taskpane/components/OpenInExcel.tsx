import { Text, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { margin: 0 },
});

/** Shown when the page is opened outside Excel (a plain browser): there is no workbook to read. */
export function OpenInExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.title}>
        Tally Handoff
      </Title2>
      <Text weight="semibold">Open this pane inside Excel.</Text>
      <Text>
        Tally Handoff reads the workbook it is opened in. Open your workbook in Excel and choose Validate or Send to Tally in the Tally
        Handoff group on the Home tab.
      </Text>
    </main>
  );
}
