import fc from "fast-check";
import { fragment } from "xmlbuilder2";
import { Utf16Writer, collectChunks } from "./utf16-writer";
import { MessageRecorder, type XmlSink } from "./write-sink";
import { exact, withSystemMarks } from "./write-escaping";
import { MessageSerializer, type SerialFormat } from "./write-shapes";

/** A message to write: header texts, one fixed word, and a line list, like a voucher. */
interface Plan {
  attr: string;
  texts: string[];
  word: string;
  lines: string[];
}

function write(root: XmlSink, plan: Plan): void {
  const vch = root.ele("VOUCHER", { VCHTYPE: plan.attr, ACTION: "Create" });
  plan.texts.forEach((t, i) => vch.put(`F${i}`, t));
  vch.word("ISINVOICE", plan.word);
  for (const line of plan.lines) {
    const entry = vch.ele("ALLLEDGERENTRIES.LIST");
    entry.put("LEDGERNAME", line);
    entry.word("BATCHNAME", "Primary Batch");
  }
  vch.put("EMPTY", "");
}

/** What xmlbuilder2 alone makes of the same message: the reference the fast path must equal. */
function libraryOnly(plan: Plan, format: SerialFormat): string {
  const frag = fragment();
  const vch = frag.ele("TALLYMESSAGE").ele("VOUCHER", { VCHTYPE: exact(plan.attr), ACTION: "Create" });
  plan.texts.forEach((t, i) => (t === "" ? vch.ele(`F${i}`) : vch.ele(`F${i}`).txt(exact(t))));
  vch.ele("ISINVOICE").txt(exact(plan.word));
  for (const line of plan.lines) {
    const entry = vch.ele("ALLLEDGERENTRIES.LIST");
    if (line === "") entry.ele("LEDGERNAME");
    else entry.ele("LEDGERNAME").txt(exact(line));
    entry.ele("BATCHNAME").txt("Primary Batch");
  }
  vch.ele("EMPTY");
  return withSystemMarks(frag.end(format));
}

/** The message recorded on its own, as tokens and values. */
function record(
  plan: Plan,
  recorder = new MessageRecorder(),
): { tokens: number[]; hash: number; values: string[]; recorder: MessageRecorder } {
  write(recorder.begin("TALLYMESSAGE"), plan);
  recorder.finish();
  return {
    tokens: [...recorder.tokens.slice(0, recorder.tokenCount)],
    hash: recorder.hash,
    values: recorder.values.slice(0, recorder.valueCount),
    recorder,
  };
}

function decode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("utf16le");
}

/** The message as text, as a request holds it. */
function asText(serializer: MessageSerializer, recording: MessageRecorder): string {
  const pieces: string[] = [];
  serializer.serializeInto(recording, pieces);
  return pieces.join("");
}

/** What `write` puts through a writer with a tiny buffer, so every value crosses chunk boundaries. */
function written(write: (out: Utf16Writer) => void, chunkUnits = 5): string {
  return decode(
    collectChunks((sink) => {
      const out = new Utf16Writer(sink, chunkUnits);
      write(out);
      out.flush();
    }),
  );
}

const value = fc.oneof(
  fc.string(),
  fc.constantFrom("R&D", "A & B", "<tag>", 'say "hi"', "D'Souza", "line\nbreak", "tab\there", "₹ 500", "शर्मा", "&amp;", "&#4;", "", "😀"),
);
const plan: fc.Arbitrary<Plan> = fc.record({
  attr: value.map((a) => a || "Sales"),
  texts: fc.array(value, { minLength: 1, maxLength: 4 }),
  word: fc.constantFrom("Yes", "No", "\u0004 Any"),
  lines: fc.array(value, { maxLength: 3 }),
});

describe("the message serializer", () => {
  for (const prettyPrint of [false, true]) {
    it(`writes exactly what xmlbuilder2 writes, as text and as UTF-16, for any values (prettyPrint ${prettyPrint})`, () => {
      const format = { prettyPrint, indent: " ", offset: 2 };
      const serializer = new MessageSerializer(format);
      fc.assert(
        fc.property(plan, (p) => {
          const { recorder } = record(p);
          const expected = libraryOnly(p, format);
          expect(asText(serializer, recorder)).toBe(expected);
          expect(written((out) => serializer.writeInto(recorder, out))).toBe(expected);
        }),
        { numRuns: 400 },
      );
    });
  }

  it("writes Tally's system mark as &#4; and a typed &#4; as text", () => {
    const serializer = new MessageSerializer({ prettyPrint: false, indent: "", offset: 0 });
    const { recorder } = record({ attr: "Sales", texts: ["&#4; typed"], word: "\u0004 Any", lines: [] });
    const xml = asText(serializer, recorder);
    expect(xml).toContain("<F0>&amp;#4; typed</F0>");
    expect(xml).toContain("<ISINVOICE>&#4; Any</ISINVOICE>");
  });
});

describe("the message recorder", () => {
  it("keeps workbook values out of the shape and fixed words in it", () => {
    const a = record({ attr: "Sales", texts: ["Customer A"], word: "Yes", lines: ["Sales 18%"] });
    const b = record({ attr: "Sales", texts: ["Customer B"], word: "Yes", lines: ["Sales 5%"] });
    const c = record({ attr: "Sales", texts: ["Customer B"], word: "No", lines: ["Sales 5%"] });
    expect(a.tokens).toEqual(b.tokens);
    expect(a.hash).toBe(b.hash);
    expect(a.values).toEqual(["Sales", "Create", "Customer A", "Sales 18%"]);
    expect(c.tokens).not.toEqual(b.tokens);
  });

  it("starts each message afresh when one recorder writes several", () => {
    const recorder = new MessageRecorder();
    const long = record({ attr: "Sales", texts: ["A", "B", "C"], word: "Yes", lines: ["L1", "L2"] }, recorder);
    const short = record({ attr: "Sales", texts: ["A"], word: "Yes", lines: [] }, recorder);
    expect(short).toEqual({ ...record({ attr: "Sales", texts: ["A"], word: "Yes", lines: [] }), recorder });
    expect(short.tokens.length).toBeLessThan(long.tokens.length);
  });

  it("tells apart two shapes even when their hashes are made to collide", () => {
    const serializer = new MessageSerializer({ prettyPrint: false, indent: "", offset: 0 });
    const a = record({ attr: "Sales", texts: ["x"], word: "Yes", lines: [] }).recorder;
    const b = record({ attr: "Sales", texts: ["x", "y"], word: "Yes", lines: [] }).recorder;
    b.hash = a.hash;
    expect(asText(serializer, a)).toContain("<F0>x</F0><ISINVOICE>");
    expect(asText(serializer, b)).toContain("<F0>x</F0><F1>y</F1><ISINVOICE>");
  });

  it("refuses a write into an element that is already closed, which would land in the wrong place", () => {
    const recorder = new MessageRecorder();
    const root = recorder.begin("TALLYMESSAGE");
    const first = root.ele("LINE.LIST");
    root.ele("LINE.LIST");
    expect(() => first.put("AMOUNT", "1.00")).toThrow(/after it was closed/);
  });
});

describe("the UTF-16 writer", () => {
  it("carries text longer than its buffer across chunks without losing a unit", () => {
    const text = written((out) => {
      for (const piece of ["abc", "defghij", "", "k"]) out.text(piece);
      out.units(new Uint16Array([0x20b9, 0x20, 0x61, 0x62, 0x63, 0x64, 0x65]));
    }, 4);
    expect(text).toBe("abcdefghijk₹ abcde");
  });

  it("hands on little-endian bytes, surrogate pairs as they are", () => {
    const bytes = collectChunks((sink) => {
      const out = new Utf16Writer(sink);
      out.text("A₹😀");
      out.flush();
    });
    expect([...bytes]).toEqual([0x41, 0x00, 0xb9, 0x20, 0x3d, 0xd8, 0x00, 0xde]);
  });

  it("writes nothing of a value that needs escaping, and says so", () => {
    const special = new Uint8Array(128);
    special["&".charCodeAt(0)] = 1;
    const answers: boolean[] = [];
    const text = written((out) => answers.push(out.plainText("plain", special), out.plainText("R&D", special)), 8);
    expect(answers).toEqual([true, false]);
    expect(text).toBe("plain");
  });
});
