/**
 * This person's bridge connection: address and pairing token in localStorage (connection.ts),
 * pairing by the code the bridge's window shows, and "Test connection" through the bridge's ping.
 */
import { useCallback, useRef, useState } from "react";
import type { TallyLink } from "../../engine/ports";
import type { TransportFactory } from "../bridge-client";
import { newPairingToken } from "../../adapters/pairing-token";
import { loadConnection, saveConnection, type BridgeConnection, type ConnectionStorage } from "../connection";
import { problemOf, type Problem } from "../problem";

export type ConnectionCheck =
  | { state: "idle" }
  | { state: "testing" }
  | { state: "connected"; product?: string; busy?: boolean }
  | { state: "tally-down" }
  | { state: "failed"; problem: Problem };

export type PairingStep = { state: "idle" } | { state: "pairing" } | { state: "paired" } | { state: "failed"; problem: Problem };

export interface Connection {
  connection: BridgeConnection;
  paired: boolean;
  pairing: PairingStep;
  check: ConnectionCheck;
  /** False when the browser would not store the connection (storage blocked). */
  stored: boolean;
  setUrl(url: string): void;
  /** Makes a new token and hands it to the bridge with the code from the bridge's window. */
  pair(code: string): Promise<void>;
  test(): Promise<void>;
  /** A client for the current connection (the latest address and token, even before a re-render). */
  client(): TallyLink;
}

export function useConnection(transportFactory: TransportFactory, storage?: ConnectionStorage): Connection {
  const [connection, setConnection] = useState(() => loadConnection(storage));
  const latest = useRef(connection);
  const [pairing, setPairing] = useState<PairingStep>({ state: "idle" });
  const [check, setCheck] = useState<ConnectionCheck>({ state: "idle" });
  const [stored, setStored] = useState(true);

  const update = useCallback(
    (change: Partial<BridgeConnection>) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      setConnection(next);
      setStored(saveConnection(next, storage));
      setCheck({ state: "idle" });
    },
    [storage],
  );

  const setUrl = useCallback((url: string) => update({ url }), [update]);

  const client = useCallback(() => transportFactory(latest.current), [transportFactory]);

  const pair = useCallback(
    async (code: string) => {
      setPairing({ state: "pairing" });
      const token = newPairingToken();
      try {
        const bridge = client();
        if (!bridge.pair) throw new Error("This connection cannot pair.");
        await bridge.pair(code, token);
        // Kept only once the bridge took it: a refused code leaves the old pairing working.
        update({ token });
        setPairing({ state: "paired" });
      } catch (error) {
        setPairing({ state: "failed", problem: problemOf(error) });
      }
    },
    [client, update],
  );

  const test = useCallback(async () => {
    setCheck({ state: "testing" });
    try {
      const tally = await client().ping();
      setCheck(tally.running ? { state: "connected", product: tally.product, busy: tally.busy } : { state: "tally-down" });
    } catch (error) {
      setCheck({ state: "failed", problem: problemOf(error) });
    }
  }, [client]);

  return { connection, paired: connection.token !== "", pairing, check, stored, setUrl, pair, test, client };
}
