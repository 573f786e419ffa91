import { memoryStorage } from "../../test/support/taskpane-fakes";
import { newPairingToken } from "../adapters/pairing-token";
import { CONNECTION_STORAGE_KEY, DEFAULT_BRIDGE_URL, loadConnection, BRIDGE_PROGRAM, saveConnection } from "./connection";

describe("the bridge connection kept on this computer", () => {
  it("starts at the bridge's default HTTPS address with no token", () => {
    expect(loadConnection(memoryStorage())).toEqual({ url: "https://localhost:9400", token: "" });
    expect(DEFAULT_BRIDGE_URL).toBe("https://localhost:9400");
  });

  it("reads back what it saved", () => {
    const storage = memoryStorage();
    const token = newPairingToken();
    expect(saveConnection({ url: " https://localhost:9555 ", token }, storage)).toBe(true);
    expect(JSON.parse(storage.getItem(CONNECTION_STORAGE_KEY)!)).toEqual({ url: "https://localhost:9555", token });
    expect(loadConnection(storage)).toEqual({ url: "https://localhost:9555", token });
  });

  it("ignores a damaged entry or a token the bridge would refuse", () => {
    const storage = memoryStorage();
    storage.setItem(CONNECTION_STORAGE_KEY, "{not json");
    expect(loadConnection(storage)).toEqual({ url: DEFAULT_BRIDGE_URL, token: "" });
    storage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify({ url: "https://localhost:9400", token: "short" }));
    expect(loadConnection(storage).token).toBe("");
  });

  it("reports a browser that refuses to store", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(saveConnection({ url: DEFAULT_BRIDGE_URL, token: "" }, full)).toBe(false);
    expect(saveConnection({ url: DEFAULT_BRIDGE_URL, token: "" }, undefined)).toBe(false);
  });
});

describe("pairing", () => {
  it("names the downloaded bridge program, not a developer's npx command", () => {
    expect(BRIDGE_PROGRAM).toContain("tally-handoff-bridge.exe");
    expect(BRIDGE_PROGRAM).not.toContain("npx");
  });
});
