import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { capturedIo } from "../../../test/support/cli-test-kit";
import { runCli } from "../main";

jest.setTimeout(30_000);

describe("tally-handoff emulator", () => {
  it("serves until Ctrl+C, saying it is an emulator and not Tally, and exits 0", async () => {
    const io = capturedIo();
    let url = "";
    io.onOut = (text) => {
      url ||= /listening on (\S+) /.exec(text)?.[1] ?? "";
      if (text === "Press Ctrl+C to stop.") {
        void fetch(`${url}/`).then(async (r) => {
          io.stdout.push(`answered ${await r.text()}`);
          io.pressCtrlC();
        });
      }
    };
    expect(await runCli(["emulator", "--port", "0", "--profile", "factory", "--company", "Shree Traders"], io)).toBe(0);
    expect(io.stdout[0]).toMatch(
      /^TallyPrime emulator listening on http:\/\/127\.0\.0\.1:\d+ \(profile factory, company "Shree Traders", books from /,
    );
    expect(io.stdout).toContain("This is an emulator for tests and demos, NOT TallyPrime. Nothing sent here reaches real books.");
    expect(io.stdout.some((line) => line.startsWith("answered") && line.includes("Server is Running"))).toBe(true);
    expect(io.stdout.at(-1)).toBe("Emulator stopped.");
    expect(io.stderr).toEqual([]);
  });

  it("exits 2 with its usage for an option it does not know, or a port in use", async () => {
    const bad = capturedIo();
    expect(await runCli(["emulator", "--profile", "licensed"], bad)).toBe(2);
    expect(bad.stderr.join("\n")).toMatch(
      /--profile must be one of factory, configured, educational, legacy[\s\S]*Usage: tally-handoff emulator/,
    );

    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const busy = capturedIo();
      expect(await runCli(["emulator", "--port", String(port)], busy)).toBe(2);
      expect(busy.stderr.join("\n")).toMatch(new RegExp(`^Port ${port} is in use[\\s\\S]*Usage: tally-handoff emulator`));
      expect(busy.stdout).toEqual([]);
    } finally {
      taken.close();
    }
  });
});
