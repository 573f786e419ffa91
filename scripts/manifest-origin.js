// Points manifest.xml at the origin the task pane is served from. The source manifest names the
// development origin (https://localhost:3000, the webpack dev server); a build for another origin
// rewrites every URL in it (attributes and text) with xmlbuilder2, never with regexes over the XML.
"use strict";
const { create } = require("xmlbuilder2");

const DEV_ORIGIN = "https://localhost:3000";
/** Where the bridge serves the built pane itself (loopback, a hostname Office accepts with a trusted certificate). */
const BRIDGE_SERVED_ORIGIN = "https://localhost:9400";

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Checks an origin given to the build and returns it without a trailing slash.
 * It must be https, with an optional path prefix, and no query, fragment or user name.
 */
function parseOrigin(text) {
  const given = String(text ?? "").trim();
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`The origin "${given}" is not a URL. Give one like https://addin.example.org/th.`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`The origin "${given}" is not https: Office loads task panes only over https.`);
  }
  if (url.search || url.hash || given.includes("?") || given.includes("#")) {
    throw new Error(`The origin "${given}" has a query or a fragment: give only https://host[:port][/path].`);
  }
  if (url.username || url.password) {
    throw new Error(`The origin "${given}" has a user name or password in it: give only https://host[:port][/path].`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The value a development URL gets under `base`; throws for a URL not on the development origin. */
function moveUrl(value, base, where) {
  if (value === DEV_ORIGIN) return new URL(base).origin; // AppDomain: a domain, not a page.
  if (value.startsWith(`${DEV_ORIGIN}/`)) return base + value.slice(DEV_ORIGIN.length);
  throw new Error(`manifest.xml ${where} has the URL ${value}, which is not on ${DEV_ORIGIN}: the build cannot move it.`);
}

function visit(node, base) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === COMMENT) {
      node.removeChild(child); // The source's comments talk about the development origin.
    } else if (child.nodeType === TEXT && ABSOLUTE_URL.test(child.data.trim())) {
      child.data = moveUrl(child.data.trim(), base, `<${node.nodeName}>`);
    } else if (child.nodeType === ELEMENT) {
      for (const attr of [...child.attributes]) {
        if (attr.name.startsWith("xmlns") || !ABSOLUTE_URL.test(attr.value)) continue;
        child.setAttribute(attr.name, moveUrl(attr.value, base, `<${child.nodeName} ${attr.name}>`));
      }
      visit(child, base);
    }
  }
}

/** manifest.xml with every URL on `origin` (default: the development origin). */
function manifestForOrigin(xml, origin = DEV_ORIGIN) {
  const base = parseOrigin(origin);
  const doc = create(typeof xml === "string" ? xml : xml.toString("utf8"));
  visit(doc.node, base);
  return doc.end({ prettyPrint: true });
}

module.exports = { DEV_ORIGIN, BRIDGE_SERVED_ORIGIN, parseOrigin, manifestForOrigin };
