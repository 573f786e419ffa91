import { X509Certificate } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bridgeCertificate, trustForThisUser, type RunCommand } from "./certificate";

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-cert-"));
});
afterEach(() => rm(home, { recursive: true, force: true }));

const CERT = "C:\\Users\\Asha\\.tally-handoff\\https\\tally-handoff-localhost.crt";

/** A fake system command that records what it was asked and ends with `code`. */
function fakeRun(code: number, output = "") {
  const calls: Array<[string, string[]]> = [];
  const run: RunCommand = async (command, args) => (calls.push([command, args]), { code, output });
  return { run, calls };
}

describe("the bridge's own HTTPS certificate", () => {
  it("is made once per user for localhost, 127.0.0.1 and ::1, valid under 825 days, key readable by the user only", async () => {
    const env = { TALLY_HANDOFF_HOME: home };
    const first = await bridgeCertificate(env);
    expect(first.made).toBe(true);
    const x509 = new X509Certificate(first.cert);
    expect(x509.subjectAltName).toContain("DNS:localhost");
    expect(x509.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(x509.checkHost("localhost")).toBe("localhost");
    const days = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / 86_400_000;
    expect(days).toBeLessThanOrEqual(825);
    if (process.platform !== "win32")
      expect((await stat(path.join(home, "https", "tally-handoff-localhost.key"))).mode & 0o777).toBe(0o600);
    const second = await bridgeCertificate(env);
    expect(second).toMatchObject({ made: false, cert: first.cert, key: first.key });
  });
});

describe("trusting the certificate for this user", () => {
  it("on Windows adds it to the user's Root store with certutil -user, and says so only when that worked", async () => {
    const ok = fakeRun(0);
    const outcome = await trustForThisUser(CERT, "win32", ok.run);
    expect(ok.calls).toEqual([["certutil", ["-user", "-addstore", "Root", CERT]]]);
    expect(outcome).toEqual({ trusted: true, lines: [expect.stringContaining("now trusted")] });
  });

  it("on Windows says plainly when certutil failed or the person said No, and what to do", async () => {
    const refused = fakeRun(-2147023673, "CertUtil: The operation was canceled by the user.");
    const outcome = await trustForThisUser(CERT, "win32", refused.run);
    expect(outcome.trusted).toBe(false);
    const text = outcome.lines.join("\n");
    expect(text).toContain("is NOT trusted");
    expect(text).toContain("canceled by the user");
    expect(text).toContain(`certutil -user -addstore Root ${CERT}`);
    expect(text).not.toContain("now trusted");
  });

  it("on a Mac adds it to the login keychain and reports a refusal honestly", async () => {
    const ok = fakeRun(0);
    expect((await trustForThisUser("/Users/asha/c.crt", "darwin", ok.run, "/Users/asha")).trusted).toBe(true);
    expect(ok.calls[0][0]).toBe("security");
    expect(ok.calls[0][1]).toContain("/Users/asha/Library/Keychains/login.keychain-db");
    const no = await trustForThisUser(
      "/Users/asha/c.crt",
      "darwin",
      fakeRun(1, "SecTrustSettingsSetTrustSettings: canceled").run,
      "/Users/asha",
    );
    expect(no.trusted).toBe(false);
    expect(no.lines[0]).toContain("NOT trusted");
  });

  it("on Linux runs nothing and says it cannot, with what to do instead", async () => {
    const none = fakeRun(0);
    const outcome = await trustForThisUser("/home/asha/c.crt", "linux", none.run);
    expect(none.calls).toEqual([]);
    expect(outcome.trusted).toBe(false);
    expect(outcome.lines.join("\n")).toMatch(/NOT trusted.*cannot add it/);
    expect(outcome.lines.join("\n")).toContain("--http-only");
  });
});
