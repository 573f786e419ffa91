import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { exportFile, type ExportFormat } from "../export-files";
import type { Validation } from "../hooks/useValidation";
import { problemOf, type Problem } from "../problem";
import type { SaveFile } from "../save-file";
import { counted } from "../wording";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: "xml", label: "Download Tally XML" },
  { format: "json", label: "Download JSON" },
  { format: "csv", label: "Download CSV" },
];

export interface ExportPanelProps {
  validation: Validation;
  saveFile: SaveFile;
}

/**
 * Export: the valid vouchers as a Tally import file (Gateway of Tally > Import > Vouchers), JSON
 * or CSV. The workbook is read again first, so the file matches the sheet as it is now.
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
      setSaved(`${file.fileName}: ${counted(vouchers.length, "voucher")}.`);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const ready = validation.result?.handoff.vouchers.length;
  return (
    <div className={styles.root}>
      <Text>
        Save the valid vouchers as a file: Tally XML to import in TallyPrime (Import &gt; Vouchers), or JSON and CSV for your own records.
        Rows with errors are left out.
      </Text>
      {ready !== undefined && <Text>{counted(ready, "voucher")} ready at the last check.</Text>}
      <div className={styles.actions}>
        {FORMATS.map(({ format, label }) => (
          <Button key={format} onClick={() => void download(format)} disabled={validation.running}>
            {label}
          </Button>
        ))}
      </div>
      {validation.problem && <ProblemBar problem={validation.problem} />}
      {problem && <ProblemBar problem={problem} />}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Saved {saved}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
