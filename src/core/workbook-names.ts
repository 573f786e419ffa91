/**
 * The names Tally Handoff gives to its own part of a workbook (docs/workbook.md "The hidden sheet"),
 * the same for the Excel and the .xlsx adapter: the hidden sheet and the tables on it.
 */
export const HANDOFF_SHEET = "TallyHandoff";

/** The add-in's tables on the hidden sheet, beside the user's ops tables. */
export type HandoffTable = "HandoffSettings" | "LedgerMap" | "PostingLog";
