import { makeStyles, tokens } from "@fluentui/react-components";
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
  // Native controls in Fluent's look: a row costs a few elements, so 1,000 stay cheap to draw.
  input: {
    flexGrow: 1,
    minWidth: 0,
    height: "24px",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  button: {
    flexShrink: 0,
    height: "24px",
    minWidth: "64px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
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
        <span className={styles.word} title={word}>
          {word}
        </span>
        {blank && suggestion ? (
          <span className={styles.hint} title={suggestion}>
            Tally has {suggestion}
          </span>
        ) : blank ? (
          <span className={styles.note}>{draft.unmapped ? `No Tally name · ${counted(draft.unmapped, "row")}` : "No Tally name"}</span>
        ) : null}
      </div>
      <div className={styles.line}>
        <input
          type="text"
          className={styles.input}
          aria-label={`Tally name for ${what}`}
          value={draft.tallyName}
          onChange={(e) => onName(draft.id, e.target.value)}
        />
        {blank && suggestion ? (
          <button
            type="button"
            className={styles.button}
            aria-label={`Use ${suggestion} for ${what}`}
            onClick={() => onName(draft.id, suggestion)}
          >
            Use
          </button>
        ) : (
          <button type="button" className={styles.button} aria-label={`Remove ${what}`} onClick={() => onRemove(draft.id)}>
            Remove
          </button>
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
