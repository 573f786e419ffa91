import { Button, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { MappingDraft } from "../mapping-drafts";
import { counted } from "../wording";

/** Fixed heights the windowed list lays out by (px). */
export const ROW_PX = 68;
export const GROUP_PX = 36;

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    gap: tokens.spacingVerticalXXS,
    height: "100%",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxSizing: "border-box",
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  word: {
    flexGrow: 1,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { flexShrink: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  hint: {
    flexShrink: 0,
    maxWidth: "55%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
  },
  input: { flexGrow: 1, minWidth: 0 },
  group: {
    display: "flex",
    alignItems: "center",
    height: "100%",
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface MappingListRowProps {
  draft: MappingDraft;
  suggestion?: string;
  onName(id: number, tallyName: string): void;
  onRemove(id: number): void;
}

/** One mapping on two short lines: the workbook's word (and what is wrong with it), then its Tally name to edit. */
export const MappingListRow = memo(function MappingListRow({ draft, suggestion, onName, onRemove }: MappingListRowProps) {
  const styles = useStyles();
  // For the rate kinds, "*" or a blank Workbook Value means every GST rate (docs/workbook.md, LedgerMap).
  const word = draft.workbookValue === "*" ? "Every rate (*)" : draft.workbookValue === "" ? "Every rate (blank)" : draft.workbookValue;
  const blank = draft.tallyName.trim() === "";
  const what = `${draft.kind} ${draft.workbookValue}`;
  return (
    <div className={styles.row}>
      <div className={styles.line}>
        <Text className={styles.word} title={word}>
          {word}
        </Text>
        {blank && suggestion ? (
          <Text className={styles.hint} title={suggestion}>
            Tally has {suggestion}
          </Text>
        ) : blank ? (
          <Text className={styles.note}>{draft.unmapped ? `No Tally name · ${counted(draft.unmapped, "row")}` : "No Tally name"}</Text>
        ) : null}
      </div>
      <div className={styles.line}>
        <Input
          size="small"
          className={styles.input}
          aria-label={`Tally name for ${what}`}
          value={draft.tallyName}
          onChange={(_, d) => onName(draft.id, d.value)}
        />
        {blank && suggestion ? (
          <Button size="small" aria-label={`Use ${suggestion} for ${what}`} onClick={() => onName(draft.id, suggestion)}>
            Use
          </Button>
        ) : (
          <Button size="small" aria-label={`Remove ${what}`} onClick={() => onRemove(draft.id)}>
            Remove
          </Button>
        )}
      </div>
    </div>
  );
});

export function MappingGroupHeading({ kind, count }: { kind: string; count: number }) {
  const styles = useStyles();
  return (
    <h3 className={styles.group}>
      {kind} ({count.toLocaleString("en-IN")})
    </h3>
  );
}
