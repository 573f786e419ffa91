import { PartsReceiver, partsOf, type PartMessage } from "./check-parts";

const value = {
  name: "book",
  tables: { Sales: { rows: Array.from({ length: 2501 }, (_, i) => [i, `INV-${i}`]), firstRow: 2 }, Empty: { rows: [] as unknown[][] } },
  tail: [1, 2, 3],
};
const paths = [
  ["tables", "Sales", "rows"],
  ["tables", "Empty", "rows"],
];

describe("a value sent in parts", () => {
  it("slices each long array, sends the rest without them, and is put back equal", () => {
    const parts = [...partsOf(value, paths, 1000)];
    expect(parts.map((p) => (p.part === "slice" ? `${p.path}:${p.items.length}` : "rest"))).toEqual(["0:1000", "0:1000", "0:501", "rest"]);
    const rest = parts[3] as Extract<PartMessage, { part: "rest" }>;
    expect(rest.rest).toEqual({ ...value, tables: { Sales: { rows: [], firstRow: 2 }, Empty: { rows: [] } } });
    const receiver = new PartsReceiver<typeof value>();
    const taken = parts.map((p) => receiver.take(structuredClone(p)));
    expect(taken.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(taken[3]).toEqual(value);
  });

  it("leaves the value it sends untouched", () => {
    const before = structuredClone(value);
    expect([...partsOf(value, paths, 7)]).toHaveLength(Math.ceil(2501 / 7) + 1);
    expect(value).toEqual(before);
  });

  it("starts afresh after each whole value", () => {
    const receiver = new PartsReceiver<{ xs: number[] }>();
    for (const p of partsOf({ xs: [1, 2, 3] }, [["xs"]], 2)) receiver.take(p);
    let second: { xs: number[] } | undefined;
    for (const p of partsOf({ xs: [9] }, [["xs"]], 2)) second = receiver.take(p) ?? second;
    expect(second).toEqual({ xs: [9] });
  });
});
