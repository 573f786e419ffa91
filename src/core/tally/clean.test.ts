import { cleanTallyXml } from "./clean";

describe("cleanTallyXml", () => {
  it("drops the &#4; sentinel together with the space after it, as TallyConnector does", () => {
    expect(cleanTallyXml("<PARENT>&#4; Primary</PARENT>")).toBe("<PARENT>Primary</PARENT>");
    expect(cleanTallyXml("<GSTCLASS>&#4; Not Applicable</GSTCLASS>")).toBe("<GSTCLASS>Not Applicable</GSTCLASS>");
  });

  it("drops the sentinel in its hex and zero-padded forms and as a raw character", () => {
    expect(cleanTallyXml("<A>&#x4; Any</A><B>&#x04;Any</B><C>&#0004; Any</C><D>\u0004 Any</D>")).toBe(
      "<A>Any</A><B>Any</B><C>Any</C><D>Any</D>",
    );
  });

  it("drops other references to control characters but keeps tab, line feed, carriage return and real characters", () => {
    const cleaned = cleanTallyXml("<A>a&#1;b&#x1F;c&#31;d&#9;e&#10;f&#13;g&#x0A;h&#233;i&#x20B9;</A>");
    expect(cleaned).toBe("<A>abcd&#9;e&#10;f&#13;g&#x0A;h&#233;i&#x20B9;</A>");
  });

  it("removes raw control characters and byte-order marks but not tabs or line ends", () => {
    expect(cleanTallyXml("\uFEFF<A>\u0001x\u0007\ty\r\n\u001Fz\uFFFF</A>")).toBe("<A>x\ty\r\nz</A>");
  });

  it("drops junk before the first '<'", () => {
    expect(cleanTallyXml("\r\n  ??garbage<RESPONSE>ok</RESPONSE>")).toBe("<RESPONSE>ok</RESPONSE>");
  });

  it("keeps text with no element in it, minus control characters, so a caller can still show it", () => {
    expect(cleanTallyXml("Server busy\u0000")).toBe("Server busy");
    expect(cleanTallyXml("")).toBe("");
  });

  it("leaves ordinary entities alone for the parser", () => {
    const text = "<LINEERROR>Ledger &apos;Sales &amp; Service&apos; does not exist!</LINEERROR>";
    expect(cleanTallyXml(text)).toBe(text);
  });
});
