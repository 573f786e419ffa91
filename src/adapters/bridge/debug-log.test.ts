import { DebugLog, loggedPath, type DebugLogEntry } from "./debug-log";

const entry = (n: number): DebugLogEntry => ({
  time: `2026-04-01T10:00:${String(n % 60).padStart(2, "0")}Z`,
  method: "POST",
  path: "/tally",
  status: 200,
  bytesIn: n,
  bytesOut: 0,
  ms: 1,
});

describe("the bridge's debug log", () => {
  it("keeps only the last `capacity` entries, oldest first", () => {
    const log = new DebugLog(3);
    for (let n = 1; n <= 5; n++) log.add(entry(n));
    expect(log.entries().map((e) => e.bytesIn)).toEqual([3, 4, 5]);
  });

  it("keeps 200 entries by default", () => {
    const log = new DebugLog();
    for (let n = 0; n < 450; n++) log.add(entry(n));
    expect(log.entries()).toHaveLength(200);
    expect(log.entries()[0].bytesIn).toBe(250);
  });

  it("hands out copies, so a reader cannot change what it keeps", () => {
    const log = new DebugLog();
    log.add(entry(1));
    log.entries()[0].status = 500;
    expect(log.entries()[0].status).toBe(200);
  });

  it("records the bridge's own routes and nothing else of a path", () => {
    expect(loggedPath("/tally?company=Shree%20Traders")).toBe("/tally");
    expect(loggedPath("/health")).toBe("/health");
    expect(loggedPath("/ledger/Shree Traders")).toBe("(other)");
    expect(loggedPath(undefined)).toBe("(other)");
  });
});
