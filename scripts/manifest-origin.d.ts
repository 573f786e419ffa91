/** Types for manifest-origin.js (plain CommonJS, so webpack.config.js can require it). */
export const DEV_ORIGIN: string;
export const BRIDGE_SERVED_ORIGIN: string;
/** The origin without a trailing slash; throws a plain message for a non-https origin or one with a query or fragment. */
export function parseOrigin(text: string): string;
/** manifest.xml with every URL moved onto `origin` (default: the development origin). */
export function manifestForOrigin(xml: string | Buffer, origin?: string): string;
