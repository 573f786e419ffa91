import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { exportFile, type ExportFormat } from "../export-files";
import { exportSummary } from "../export-summary";
import type { Validation } from "../hooks/useValidation";
import { problemOf, type Problem } from "../problem";
import type { SaveFile } from "../save-file";
import { counted } from "../wording";
import { ExportContents } from "./ExportContents";
import { ProblemBar } from "./ProblemBar";
import { ValidationProgress } from "./ValidationProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

/** Where TallyPrime imports the XML file (the menu the command line's export names too). */
export const TALLY_IMPORT_MENU = "Gateway of Tally > Import > Transactions";

const FORMATS: { format: ExportFormat; label: string; use: string }[] = [
  { format: "xml", label: "Download Tally XML", use: `For TallyPrime: ${TALLY_IMPORT_MENU}, then choose this file.` },
  { format: "json", label: "Download JSON", use: "For your own records or another program." },
  { format: "csv", label: "Download CSV", use: "One line per ledger entry, to open in Excel." },
];

export interface ExportPanelProps {
  validation: Validation;
  saveFile: SaveFile;
}

/**
 * Export: the valid vouchers as a Tally import file (Gateway of Tally > Import > Transactions), JSON
 * or CSV, with what they hold said first. The workbook is read again before a download, so the
 * file matches the sheet as it is now.
 */
export function ExportPanel({ validation, saveFile }: ExportPanelProps) {
  const styles = useStyles();
  const [problem, setProblem] = useState<Problem>();
  const [saved, setSaved] = useState<string>();

  const download = async (format: ExportFormat) => {
    setProblem(undefined);
    setSaved(undefined);
    const fresh = await validation.validate();
    if (!fresh) return;
    const { vouchers, books } = fresh.handoff;
    if (vouchers.length === 0) {
      setProblem({ message: "There are no valid vouchers to export.", suggestion: "Fix the errors shown in Validate, then try again." });
      return;
    }
    try {
      const file = exportFile(format, vouchers, books.settings.company);
      saveFile(file);
      const menu = format === "xml" ? ` In TallyPrime: ${TALLY_IMPORT_MENU}.` : "";
      setSaved(`${file.fileName}: ${counted(vouchers.length, "voucher")}.${menu}`);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const result = validation.result;
  const summary = useMemo(() => (result ? exportSummary(result.handoff.vouchers, result.verdicts) : undefined), [result]);
  return (
    <div className={styles.root}>
      <Text>Save the valid vouchers as a file. Each download reads the workbook again, so it holds the rows as they are then.</Text>
      {summary && <ExportContents summary={summary} />}
      <ul className={styles.files} aria-label="Files">
        {FORMATS.map(({ format, label, use }) => (
          <li key={format} className={styles.file}>
            <Button onClick={() => void download(format)} disabled={validation.running} aria-describedby={`export-${format}-use`}>
              {label}
            </Button>
            <Text size={200} id={`export-${format}-use`}>
              {use}
            </Text>
          </li>
        ))}
      </ul>
      <ValidationProgress validation={validation} />
      {validation.problem && <ProblemBar problem={validation.problem} />}
      {problem && <ProblemBar problem={problem} />}
      {saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Saved {saved}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
