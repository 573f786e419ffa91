/**
 * The pane's only way to Tally: the local bridge (PROTOCOL.md 6.6; docs/bridge.md), as a TallyLink
 * (src/engine/ports.ts) that can pair. Views get a factory, so tests hand in an in-memory Tally
 * instead of the network.
 */
import { bridgeTransport, pairBridgeByCode } from "../adapters/tally-bridge-client";
import type { TallyLink } from "../engine/ports";
import type { BridgeConnection } from "./connection";

export type TransportFactory = (connection: BridgeConnection) => TallyLink;

export const bridgeClientFactory: TransportFactory = (connection) => ({
  ...bridgeTransport({ url: connection.url, token: connection.token }),
  pair: (code, token) => pairBridgeByCode({ url: connection.url, code, token }),
});
