/**
 * Words of the errors the bridge gives: requests it refuses, pairing, and failures to start. The
 * pane shows them as the bridge sends them (tally-errors.ts "bridge.reply").
 */
import { errorDef } from "./error-define";

export const BRIDGE_ERRORS = {
  "bridge.non-loopback-bind": errorDef<{ host: string }>(
    "bridge-refused",
    (p) => `The bridge will not listen on ${p.host}: non-loopback bind impossible.`,
    () => "Use 127.0.0.1, ::1 or localhost: only programs on this computer may reach the bridge.",
  ),
  "bridge.request-too-large": errorDef<{ maxBytes: number }>(
    "bridge-refused",
    (p) => `The request is larger than the bridge accepts (${p.maxBytes} bytes).`,
    () => "Send fewer vouchers at a time.",
  ),
  "bridge.request-not-utf8": errorDef("bridge-refused", () => "The request is not UTF-8 text."),
  "bridge.request-empty": errorDef("bridge-refused", () => "The request is empty."),
  "bridge.pairing-too-large": errorDef("bridge-refused", () => "A pairing request is a few bytes."),
  "bridge.pairing-not-json": errorDef("bridge-refused", () => "The pairing request is not JSON."),
  "bridge.pairing-codes-off": errorDef(
    "bridge-refused",
    () => "This bridge was started without a pairing code.",
    () => "Start the Tally Handoff bridge program: its window shows the code.",
  ),
  "bridge.pairing-bad-token": errorDef("bridge-refused", () => "The pairing request has no valid token."),
  "bridge.pairing-wrong-code": errorDef(
    "bridge-refused",
    () => "That is not the pairing code the bridge shows.",
    () => "Type the code shown in the bridge's window; after five wrong tries it shows a new one.",
  ),
  "bridge.host-not-loopback": errorDef("bridge-refused", () => "The bridge answers only requests addressed to this computer."),
  "bridge.foreign-origin": errorDef<{ origin: string | undefined }>(
    "bridge-refused",
    (p) => `Requests from ${p.origin} are not accepted.`,
    () => "If this is your add-in, start the bridge with --origin <its origin>.",
  ),
  "bridge.foreign-preflight": errorDef("bridge-refused", () => "Preflights are answered only for the add-in's origins."),
  "bridge.method-not-accepted": errorDef<{ method: string | undefined; path: string }>(
    "bridge-refused",
    (p) => `${p.method} is not accepted on ${p.path}.`,
  ),
  "bridge.no-such-path": errorDef(
    "bridge-refused",
    () => "The bridge has no such path.",
    () => "Is the bridge older than the add-in? Update both.",
  ),
  "bridge.needs-token": errorDef("bridge-unpaired", () => "The bridge needs its pairing token.", () => "Pair again from the task pane."),
  "bridge.no-token": errorDef(
    "bridge-unpaired",
    () => "The bridge has no pairing token.",
    () => "Pair it: tally-handoff bridge --pair <token>, or start it to show a pairing code.",
  ),
  "bridge.not-a-token": errorDef(
    "bridge-unpaired",
    () => "That is not a pairing token: it should be at least 22 letters, digits, '-' or '_'.",
    () => "Copy the whole command from the task pane again.",
  ),
  "bridge.config-not-json": errorDef<{ file: string }>(
    "internal",
    (p) => `The bridge settings file ${p.file} is not valid JSON.`,
    () => "Delete it and pair again from the task pane.",
  ),
  "bridge.port-in-use": errorDef<{ port: number; host: string }>(
    "internal",
    (p) => `Port ${p.port} is already in use on ${p.host}.`,
    () => "Is another bridge already running? Stop it, or pass --port.",
  ),
  "bridge.cannot-listen": errorDef<{ detail: string }>("internal", (p) => `The bridge could not listen: ${p.detail}`),
  // Something the bridge did not expect: the words are the failure's own, the request may have gone on.
  "bridge.post-failed": errorDef<{ detail: string }>("internal", (p) => p.detail, () => "", true),
  "bridge.failed": errorDef<{ detail: string }>("internal", (p) => `The bridge failed: ${p.detail}`, () => "", true),
} as const;
