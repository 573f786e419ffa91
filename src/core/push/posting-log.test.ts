import { HandoffError } from "../handoff-error";
import { POSTING_LOG_HEADERS, postingLogColumns, postingLogEntry, postingLogRow, type PostingLogEntry } from "./posting-log";

const entry: PostingLogEntry = {
  postedAt: "2026-07-01T10:00:00.000Z",
  table: "Sales",
  voucher: "S-1",
  remoteId: "th-S-1",
  contentHash: "h1",
  action: "Create",
  result: "Posted",
  message: "In Tally as Sales S-1.",
};

describe("PostingLog rows", () => {
  it("reads back the row an entry is written as", () => {
    expect(postingLogEntry(postingLogRow(entry))).toEqual(entry);
    expect(postingLogEntry(postingLogRow(entry).map((t) => ` ${t} `))).toEqual(entry);
  });

  it("skips rows that are not entries: blank, a typed note, an unknown table, action or result", () => {
    const row = postingLogRow(entry);
    const typedNote = ["2026-06-30", "Sales", "S-9", "", "", "", "", "asked CA to check"];
    expect(postingLogEntry(POSTING_LOG_HEADERS.map(() => ""))).toBeUndefined();
    expect(postingLogEntry(typedNote)).toBeUndefined();
    expect(postingLogEntry(row.map((t, i) => (i === 1 ? "Cash Book" : t)))).toBeUndefined();
    expect(postingLogEntry(row.map((t, i) => (i === 5 ? "Remove" : t)))).toBeUndefined();
    expect(postingLogEntry(row.map((t, i) => (i === 6 ? "Maybe" : t)))).toBeUndefined();
  });

  it("finds the columns in any order and spelling the core accepts for a header", () => {
    const headers = ["Note to CA", ...[...POSTING_LOG_HEADERS].reverse().map((h) => h.toUpperCase().replace(" ", "_"))];
    expect(postingLogColumns(headers, "TallyHandoff")).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("refuses a log that lost a column, naming the table, its sheet and the column", () => {
    const headers = POSTING_LOG_HEADERS.filter((h) => h !== "Result");
    expect(() => postingLogColumns(headers, "TallyHandoff")).toThrow(
      new HandoffError("internal", "The PostingLog table on sheet TallyHandoff has lost its column Result."),
    );
    let error: unknown;
    try {
      postingLogColumns(["Posted At", "Table"], "Log");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HandoffError);
    expect((error as HandoffError).message).toBe(
      "The PostingLog table on sheet Log has lost its columns Voucher, Remote ID, Content Hash, Action, Result, Message.",
    );
    expect((error as HandoffError).suggestion).toMatch(/Put the column back/);
  });
});
