import { bridgeHarness } from "../../../test/support/bridge-harness";
import { newPairingToken } from "../pairing-token";
import { newPairingCode, PairingState, WRONG_CODES_ALLOWED } from "./pairing-code";

const PANE = "https://localhost:3000";
const { live, start } = bridgeHarness();

/** An unpaired bridge that shows its codes in `shown` and keeps paired tokens in `saved`. */
async function unpairedBridge() {
  const shown: string[] = [];
  const saved: string[] = [];
  const { bridge } = await start(undefined, {
    announceCode: (code) => shown.push(code),
    savePairing: async (token) => void saved.push(token),
  });
  return { shown, saved, bridge };
}

function pair(code: string, token: string, origin = PANE) {
  return fetch(`${live.bridge!.url}/pair`, {
    method: "POST",
    headers: { Origin: origin, "Content-Type": "application/json" },
    body: JSON.stringify({ code, token }),
  });
}

function postTally(token: string) {
  return fetch(`${live.bridge!.url}/tally`, {
    method: "POST",
    headers: { Origin: PANE, Authorization: `Bearer ${token}` },
    body: "<ENVELOPE/>",
  });
}

describe("pairing codes", () => {
  it("are 8 easy-to-read symbols in two groups, different every time", () => {
    const codes = Array.from({ length: 200 }, () => newPairingCode());
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are typed in any case, with or without the dash, and work once", () => {
    const state = new PairingState(
      undefined,
      () => {},
      () => "ABCD-2345",
    );
    expect(state.attempt("abcd 2345", newPairingToken())).toBe("paired");
    const once = new PairingState(undefined, () => {});
    const code = once.code;
    expect(once.attempt(code, newPairingToken())).toBe("paired");
    expect(once.attempt(code, newPairingToken())).toBe("wrong-code");
  });
});

describe("pairing the task pane by code (POST /pair)", () => {
  it("takes the pane's token when the code is the one on screen, keeps it, and then serves that token", async () => {
    const { saved } = await unpairedBridge();
    const token = newPairingToken();
    expect((await postTally(token)).status).toBe(401);
    const res = await pair(live.bridge!.pairingCode(), token);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(saved).toEqual([token]);
    expect((await postTally(token)).status).toBe(200);
  });

  it("refuses a wrong code, and after five wrong tries shows a new code and forgets the old one", async () => {
    const { shown, saved } = await unpairedBridge();
    const first = live.bridge!.pairingCode();
    for (let i = 0; i < WRONG_CODES_ALLOWED; i++) {
      const res = await pair("ZZZZ-ZZZZ", newPairingToken());
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe("bridge-refused");
    }
    expect(shown).toHaveLength(1);
    expect(live.bridge!.pairingCode()).not.toBe(first);
    expect((await pair(first, newPairingToken())).status).toBe(403);
    expect(saved).toEqual([]);
  });

  it("refuses pairing from a foreign origin even with the right code", async () => {
    const { saved } = await unpairedBridge();
    const res = await pair(live.bridge!.pairingCode(), newPairingToken(), "https://evil.example");
    expect(res.status).toBe(403);
    expect(saved).toEqual([]);
  });

  it("refuses a token that is not a pairing token", async () => {
    await unpairedBridge();
    expect((await pair(live.bridge!.pairingCode(), "short")).status).toBe(400);
  });

  it("takes no code at all when the bridge has no window to show it in", async () => {
    const token = newPairingToken();
    const { bridge } = await start(undefined, { token });
    expect((await pair(bridge.pairingCode(), newPairingToken())).status).toBe(403);
    expect((await postTally(token)).status).toBe(200);
  });
});
