import { childText, descendantsNamed, exportedObjects, parseTallyXml, type XmlElement } from "./read-xml";

function rootOf(text: string): XmlElement {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) throw new Error(`expected XML, got: ${parsed.reason}`);
  return parsed.root;
}

describe("parseTallyXml", () => {
  it("gives upper-case names, decoded attribute values and untrimmed own text", () => {
    const root = rootOf(`<envelope><Ledger name="A &amp; B" Action = "Create"><Amount> 12.50</Amount></Ledger></envelope>`);
    const ledger = root.children[0];
    expect(ledger.name).toBe("LEDGER");
    expect(ledger.attrs).toEqual({ NAME: "A & B", ACTION: "Create" });
    expect(ledger.children[0].text).toBe(" 12.50");
  });

  it("parses a reply that carries the &#4; sentinel once cleaned", () => {
    const root = rootOf("<LEDGER><PARENT>&#4; Primary</PARENT></LEDGER>");
    expect(childText(root, "PARENT")).toBe("Primary");
  });

  it("decodes &apos; and numeric references in text, and reads CDATA", () => {
    const root = rootOf("<R>Ledger &apos;X&apos; &#8377;<![CDATA[ <raw> ]]></R>");
    expect(root.text).toBe("Ledger 'X' ₹ <raw> ");
  });

  it("reports an empty reply as empty", () => {
    expect(parseTallyXml(" \r\n")).toEqual({ ok: false, empty: true, reason: "is empty" });
  });

  it.each([
    ["a truncated reply", "<RESPONSE>\r\n <CREATED>1</CREATED>\r\n <ALTERED>0"],
    ["crossed tags", "<A><B></A></B>"],
    ["two roots", "<A/><B/>"],
    ["a bare ampersand", "<A>Duties & Taxes</A>"],
    ["a bare ampersand in an attribute", '<A NAME="Duties & Taxes"/>'],
    ["a tag missing its '>'", "<A><ID>x</ID\n</A>"],
    ["plain text", "TallyPrime Server is Running"],
    ["an unterminated comment", "<A><!-- oops </A>"],
  ])("refuses %s", (_label, text) => {
    expect(parseTallyXml(text).ok).toBe(false);
  });

  it("accepts comments, a declaration and processing instructions around the root", () => {
    expect(parseTallyXml('<?xml version="1.0" encoding="utf-8"?>\n<!-- source --><A><!-- x --><B/></A>\n').ok).toBe(true);
  });
});

describe("exportedObjects", () => {
  it("finds objects under COLLECTION and TALLYMESSAGE but not namesakes inside CMPINFO", () => {
    const root = rootOf(
      "<ENVELOPE><BODY><DESC><CMPINFO><COMPANY>0</COMPANY></CMPINFO></DESC><DATA>" +
        '<COLLECTION><COMPANY NAME="A"/></COLLECTION><TALLYMESSAGE><COMPANY NAME="B"/></TALLYMESSAGE>' +
        "</DATA></BODY></ENVELOPE>",
    );
    expect(exportedObjects(root, "COMPANY").map((c) => c.attrs.NAME)).toEqual(["A", "B"]);
    expect(descendantsNamed(root, "COMPANY")).toHaveLength(3);
  });
});
