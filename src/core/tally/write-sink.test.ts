import fc from "fast-check";
import { fragment } from "xmlbuilder2";
import { MessageSerializer, Recorder, type Recorded } from "./write-sink";

/** What xmlbuilder2 alone makes of a recorded message: the reference the fast path must equal. */
function libraryOnly(node: Recorded, format: { prettyPrint: boolean; indent: string; offset: number }): string {
  const frag = fragment();
  const add = (parent: ReturnType<typeof fragment>, n: Recorded): void => {
    const el = parent.ele(n.name, n.attributes);
    if (n.text) el.txt(n.text);
    for (const c of n.children) add(el, c);
  };
  add(frag, node);
  return frag.end(format);
}

const value = fc.oneof(
  fc.string(),
  fc.constantFrom("R&D", "A & B", "<tag>", 'say "hi"', "D'Souza", "line\nbreak", "tab\there", "₹ 500", "शर्मा", "&amp;", ""),
);

function message(texts: string[], attr: string): Recorded {
  const root = Recorder.root("VOUCHER", { VCHTYPE: attr, ACTION: "Create" });
  root.ele("DATE").txt("20260401");
  const entry = root.ele("ALLLEDGERENTRIES.LIST");
  for (const [i, t] of texts.entries()) entry.ele(`F${i}`).txt(t);
  return root.node;
}

describe("the message serializer", () => {
  for (const prettyPrint of [false, true]) {
    it(`writes exactly what xmlbuilder2 writes, for any text and attribute (prettyPrint ${prettyPrint})`, () => {
      const format = { prettyPrint, indent: " ", offset: 2 };
      const serializer = new MessageSerializer(format);
      fc.assert(
        fc.property(fc.array(value, { minLength: 3, maxLength: 3 }).map((v) => v.map((x) => x || "x")), value.map((a) => a || "Sales"), (texts, attr) => {
          const m = message(texts, attr);
          expect(serializer.serialize(m)).toBe(libraryOnly(m, format));
        }),
        { numRuns: 500 },
      );
    });
  }
});
