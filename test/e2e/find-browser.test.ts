import path from "node:path";
import { findBrowser, INSTALL_COMMAND } from "./find-browser";

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe("findBrowser", () => {
  it("takes CHROME_PATH when the file is there", () => {
    expect(findBrowser({ CHROME_PATH: "/opt/edge/msedge", PATH: "/usr/bin" }, only("/opt/edge/msedge", "/usr/bin/chromium"))).toEqual({
      found: true,
      executablePath: "/opt/edge/msedge",
    });
  });

  it("fails on every machine when CHROME_PATH names a missing file", () => {
    const search = findBrowser({ CHROME_PATH: "/nope/chrome" }, only("/usr/bin/chromium"));
    expect(search).toMatchObject({ found: false, misconfigured: true });
    expect(!search.found && search.message).toContain("/nope/chrome");
  });

  it.each([
    ["/usr/bin/chromium"],
    ["/usr/bin/chromium-browser"],
    ["/usr/bin/google-chrome"],
    ["/usr/bin/microsoft-edge"],
    [path.join("/home/me/bin", "google-chrome-stable")],
  ])("finds %s", (file) => {
    expect(findBrowser({ PATH: "/home/me/bin:/usr/bin" }, only(file))).toEqual({ found: true, executablePath: file });
  });

  it("prefers Chromium to Chrome to Edge", () => {
    const all = only("/usr/bin/microsoft-edge", "/usr/bin/google-chrome", "/usr/bin/chromium");
    expect(findBrowser({ PATH: "/usr/bin" }, all)).toEqual({ found: true, executablePath: "/usr/bin/chromium" });
  });

  it("names the install command when there is none", () => {
    const search = findBrowser({ PATH: "/usr/bin" }, () => false);
    expect(search).toMatchObject({ found: false, misconfigured: false });
    expect(!search.found && search.message).toContain(INSTALL_COMMAND);
  });
});
