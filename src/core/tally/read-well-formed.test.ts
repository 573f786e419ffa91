import { XMLValidator } from "fast-xml-parser";
import fc from "fast-check";
import { wellFormedProblem } from "./read-well-formed";

describe("wellFormedProblem", () => {
  it.each([
    ["<A><B></A></B>", "closes <A> where <B> is open"],
    ["<A/><B/>", "has more than one root element"],
    ['<A NAME="Duties & Taxes"/>', "has a bare '&' in an attribute"],
    ["<A>Duties & Taxes</A>", "has a bare '&' that is not an entity"],
    ["<RESPONSE><CREATED>1</CREATED>", "ends with <RESPONSE> still open"],
    ["<A><ID>x</ID\n</A>", "has a malformed tag at character 8"],
    ["x<A/>", "has text outside the root element"],
    ["<!-- only a comment -->", "has no root element"],
    ["<![CDATA[x]]><A/>", "has CDATA outside the root element"],
  ])("says why %p is not well-formed", (text, problem) => {
    expect(wellFormedProblem(text)).toBe(problem);
  });

  it("accepts Tally's tag names, namespaces, spaced attributes, comments and CDATA", () => {
    const text =
      '<?xml version="1.0"?><!-- s --><ENVELOPE><ALLLEDGERENTRIES.LIST Action = "Create" x=\'1\'/>' +
      "<UDF:X><![CDATA[a < b & c]]></UDF:X>&#4;&amp;</ENVELOPE>\r\n";
    expect(wellFormedProblem(text)).toBeUndefined();
  });

  // fast-xml-parser's validator allows several roots and a bare & in attributes (both refused
  // above), so generated pieces sit inside one root and use attributes without &.
  it("agrees with an independent validator on small generated documents", () => {
    const name = fc.constantFrom("A", "B", "LEDGER.LIST", "UDF:X");
    const piece = fc.oneof(
      name.map((n) => `<${n}>`),
      name.map((n) => `</${n}>`),
      name.map((n) => `<${n}/>`),
      fc.constantFrom("text", " ", "&amp;", "&", "<!-- c -->", '<A K="v"/>', "<A K='&lt;'/>"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = `<R>${pieces.join("")}</R>`;
        expect(wellFormedProblem(text) === undefined).toBe(XMLValidator.validate(text) === true);
      }),
      { numRuns: 2000 },
    );
  });
});
