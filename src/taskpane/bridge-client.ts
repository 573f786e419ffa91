/**
 * The pane's only way to Tally: the local bridge (PROTOCOL.md 6.6; docs/bridge.md). Views get a
 * factory, so tests hand in an in-memory Tally instead of the network.
 */
import { bridgeTransport, pairBridgeByCode } from "../adapters/tally-bridge-client";
import type { BridgeConnection } from "./connection";

/** What the pane asks of the bridge. `ping` rejects with a HandoffError when the bridge is away or unpaired. */
export interface BridgeClient {
  post(xml: string): Promise<string>;
  ping(): Promise<{ running: boolean; product?: string; busy?: boolean }>;
  /** Hands the bridge this pane's new token with the code its window shows (docs/bridge.md "Pairing"). */
  pair?(code: string, token: string): Promise<void>;
}

export type TransportFactory = (connection: BridgeConnection) => BridgeClient;

export const bridgeClientFactory: TransportFactory = (connection) => ({
  ...bridgeTransport({ url: connection.url, token: connection.token }),
  pair: (code, token) => pairBridgeByCode({ url: connection.url, code, token }),
});
