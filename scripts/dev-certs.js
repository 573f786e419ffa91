#!/usr/bin/env node
// `npm run certs`: makes the localhost development certificate and tries to make this machine trust
// it (office-addin-dev-certs install), then CHECKS the trust. That tool exits 0 even when its sudo
// step failed ("sudo: not found"), so its exit code is not believed: only the check decides.
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

/** What to say and the exit code, from office-addin-dev-certs' CertificateVerificationResult. */
function trustReport(result, caPath) {
  if (result.status === "installed") {
    return { code: 0, text: `This machine trusts the development certificate authority (${caPath}).` };
  }
  const how = [
    "Office will refuse the pane on https://localhost:3000 until it is trusted.",
    `Trust it by hand, with administrator rights: on Debian or Ubuntu, as root,`,
    `  mkdir -p /usr/local/share/ca-certificates/office-addin-dev-certs && cp ${caPath} /usr/local/share/ca-certificates/office-addin-dev-certs/ && update-ca-certificates`,
    "on Windows or macOS, run `npx office-addin-dev-certs install` from an administrator account.",
  ].join("\n");
  if (result.status === "error") {
    return {
      code: 1,
      text: `Could NOT check whether this machine trusts the certificate (${result.error?.message ?? "unknown error"}).\n${how}`,
    };
  }
  return {
    code: 1,
    text: `The certificate was made, but this machine does NOT trust it: installing the authority failed (it needs administrator rights).\n${how}`,
  };
}

function main() {
  const certs = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  const cli = path.join(path.dirname(require.resolve("office-addin-dev-certs/package.json")), "cli.js");
  spawnSync(process.execPath, [cli, "install"], { stdio: "inherit" });
  const report = trustReport(certs.getCaCertificateStatus(), defaults.caCertificatePath);
  (report.code === 0 ? console.log : console.error)(`\n${report.text}`);
  process.exit(report.code);
}

if (require.main === module) main();
module.exports = { trustReport };
