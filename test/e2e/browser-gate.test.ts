import { browserGate } from "./browser-stage";

const none = { found: false, misconfigured: false, message: "No Chromium-family browser found." } as const;

function stderrOf(run: () => void): string {
  const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    run();
    return spy.mock.calls.map((c) => String(c[0])).join("");
  } finally {
    spy.mockRestore();
  }
}

describe("browserGate", () => {
  it("runs the browser tests when a browser is found, quietly", () => {
    let gate: ReturnType<typeof browserGate> | undefined;
    expect(stderrOf(() => (gate = browserGate("THE X TEST", { found: true, executablePath: "/usr/bin/chromium" }, {})))).toBe("");
    expect(gate?.describeInBrowser).toBe(describe);
  });

  it("skips them on a developer's machine without one, and says so loudly", () => {
    let gate: ReturnType<typeof browserGate> | undefined;
    const said = stderrOf(() => (gate = browserGate("THE X TEST", none, {})));
    expect(gate?.describeInBrowser).toBe(describe.skip);
    expect(said).toContain("*** THE X TEST DID NOT RUN ***");
    expect(said).toContain(none.message);
  });

  it("runs them (so they fail) under CI=true or when CHROME_PATH names nothing, without the skip notice", () => {
    const misconfigured = { ...none, misconfigured: true };
    for (const [search, env] of [
      [none, { CI: "true" }],
      [misconfigured, {}],
    ] as const) {
      let gate: ReturnType<typeof browserGate> | undefined;
      expect(stderrOf(() => (gate = browserGate("THE X TEST", search, env)))).toBe("");
      expect(gate?.describeInBrowser).toBe(describe);
    }
  });
});
