/**
 * A big value crosses to or from the check's worker in parts: each long array in slices, then
 * the rest of the value. The receiving thread reads each message as a task of its own, so none
 * holds the pane long (the whole Handoff of 100,000 lines takes about 0.6 s to clone at once).
 */

/** One message of a value sent in parts: a slice of the array at `paths[path]`, or the rest. */
export type PartMessage = { part: "slice"; path: number; items: unknown[] } | { part: "rest"; rest: unknown; paths: string[][] };

/** Items per slice: a slice of 1,000 rows or vouchers clones in a few milliseconds. */
export const SLICE_SIZE = 1000;

type Node = Record<string, unknown>;

const arrayAt = (value: unknown, path: readonly string[]): unknown[] =>
  path.reduce<unknown>((node, key) => (node as Node)[key], value) as unknown[];

/** A copy of `value`, shallow along `path` only, with the array at its end replaced. */
function withArrayAt(value: unknown, path: readonly string[], array: unknown[]): unknown {
  if (path.length === 0) return array;
  const [key, ...deeper] = path;
  const node = value as Node;
  return { ...node, [key]: withArrayAt(node[key], deeper, array) };
}

/** The messages that carry `value`: the arrays at `paths` slice by slice, then the rest without them. */
export function* partsOf(value: unknown, paths: string[][], size = SLICE_SIZE): Generator<PartMessage> {
  let rest = value;
  for (const [index, path] of paths.entries()) {
    const array = arrayAt(value, path);
    for (let at = 0; at < array.length; at += size) yield { part: "slice", path: index, items: array.slice(at, at + size) };
    rest = withArrayAt(rest, path, []);
  }
  yield { part: "rest", rest, paths };
}

/** Puts a value sent in parts back together. */
export class PartsReceiver<T> {
  private slices = new Map<number, unknown[]>();

  /** Takes one message; gives the whole value once its rest has come, else undefined. */
  take(message: PartMessage): T | undefined {
    if (message.part === "slice") {
      const items = this.slices.get(message.path) ?? [];
      for (const item of message.items) items.push(item);
      this.slices.set(message.path, items);
      return undefined;
    }
    let value = message.rest;
    for (const [index, path] of message.paths.entries()) value = withArrayAt(value, path, this.slices.get(index) ?? []);
    this.slices.clear();
    return value as T;
  }
}
