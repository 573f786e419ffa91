/** `npm run certs` believes only the trust check, never office-addin-dev-certs' exit code (it exits 0 when sudo fails). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { trustReport } = require("../scripts/dev-certs") as {
  trustReport: (result: { status: string; error?: Error }, caPath: string) => { code: number; text: string };
};

describe("npm run certs", () => {
  it("succeeds only when the certificate authority is trusted", () => {
    expect(trustReport({ status: "installed" }, "/home/a/ca.crt")).toEqual({
      code: 0,
      text: "This machine trusts the development certificate authority (/home/a/ca.crt).",
    });
  });

  it("fails and says plainly that trust is missing, with the command that installs it", () => {
    const report = trustReport({ status: "not-installed" }, "/home/a/ca.crt");
    expect(report.code).toBe(1);
    expect(report.text).toContain("does NOT trust it");
    expect(report.text).toContain("cp /home/a/ca.crt /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates");
  });

  it("fails when trust cannot even be checked, naming why", () => {
    const report = trustReport({ status: "error", error: new Error("openssl: command not found") }, "/x/ca.crt");
    expect(report).toMatchObject({ code: 1 });
    expect(report.text).toContain("Could NOT check");
    expect(report.text).toContain("openssl: command not found");
  });
});
