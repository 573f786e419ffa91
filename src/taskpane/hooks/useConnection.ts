/**
 * This person's bridge connection: address and pairing token in localStorage (connection.ts), the
 * one-time display of a new token, and "Test connection" through the bridge's ping.
 */
import { useCallback, useRef, useState } from "react";
import type { BridgeClient, TransportFactory } from "../bridge-client";
import { loadConnection, newPairingToken, saveConnection, type BridgeConnection, type ConnectionStorage } from "../connection";
import { problemOf, type Problem } from "../problem";

export type ConnectionCheck =
  | { state: "idle" }
  | { state: "testing" }
  | { state: "connected"; product?: string; busy?: boolean }
  | { state: "tally-down" }
  | { state: "failed"; problem: Problem };

export interface Connection {
  connection: BridgeConnection;
  paired: boolean;
  /** The token just made by pair(), shown once; undefined after dismissNewToken(). */
  newToken?: string;
  check: ConnectionCheck;
  /** False when the browser would not store the connection (storage blocked). */
  stored: boolean;
  setUrl(url: string): void;
  pair(): void;
  dismissNewToken(): void;
  test(): Promise<void>;
  /** A client for the current connection (the latest address and token, even before a re-render). */
  client(): BridgeClient;
}

export function useConnection(transportFactory: TransportFactory, storage?: ConnectionStorage): Connection {
  const [connection, setConnection] = useState(() => loadConnection(storage));
  const latest = useRef(connection);
  const [newToken, setNewToken] = useState<string>();
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

  const pair = useCallback(() => {
    const token = newPairingToken();
    update({ token });
    setNewToken(token);
  }, [update]);

  const client = useCallback(() => transportFactory(latest.current), [transportFactory]);

  const test = useCallback(async () => {
    setCheck({ state: "testing" });
    try {
      const tally = await client().ping();
      setCheck(tally.running ? { state: "connected", product: tally.product, busy: tally.busy } : { state: "tally-down" });
    } catch (error) {
      setCheck({ state: "failed", problem: problemOf(error) });
    }
  }, [client]);

  const dismissNewToken = useCallback(() => setNewToken(undefined), []);

  return { connection, paired: connection.token !== "", newToken, check, stored, setUrl, pair, dismissNewToken, test, client };
}
