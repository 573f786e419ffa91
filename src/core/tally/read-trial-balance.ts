/**
 * The built-in Trial Balance report (PROTOCOL.md 5, OFF-CS1). Report output is flat display
 * data: ENVELOPE holds DSPACCNAME/DSPDISPNAME (the group or, with EXPLODEFLAG, ledger name)
 * followed by its DSPACCINFO with DSPCLDRAMT/DSPCLDRAMTA and DSPCLCRAMT/DSPCLCRAMTA. In reports
 * a debit balance is a negative number in the debit column (PROTOCOL.md 2.1 "Reports invert
 * again"); the column names the side, so both are returned as positive paise.
 */
import type { Paise } from "../money";
import { childText, descendantsNamed, parseTallyXml, type XmlElement } from "./read-xml";
import { tallyAmount } from "./read-values";

export interface TrialBalanceRow {
  /** Group or ledger name as displayed (rows come in the report's order, groups and ledgers mixed). */
  name: string;
  /** Closing debit balance, positive paise (0 when the column is empty). */
  debit: Paise;
  /** Closing credit balance, positive paise (0 when the column is empty). */
  credit: Paise;
}

function column(info: XmlElement | undefined, tag: string): Paise {
  const cell = info ? descendantsNamed(info, tag)[0] : undefined;
  return Math.abs(tallyAmount(cell?.text) ?? 0);
}

function rowsUnder(parent: XmlElement, rows: TrialBalanceRow[]): void {
  parent.children.forEach((el, i) => {
    if (el.name !== "DSPACCNAME") {
      rowsUnder(el, rows);
      return;
    }
    const name = childText(el, "DSPDISPNAME");
    if (!name) return;
    const next = parent.children[i + 1];
    const info = next?.name === "DSPACCINFO" ? next : undefined;
    rows.push({ name, debit: column(info, "DSPCLDRAMTA"), credit: column(info, "DSPCLCRAMTA") });
  });
}

/** Rows of a Trial Balance export; [] when the reply holds none or cannot be read (see readExportError). */
export function readTrialBalance(text: string): TrialBalanceRow[] {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) return [];
  const rows: TrialBalanceRow[] = [];
  rowsUnder(parsed.root, rows);
  return rows;
}
