import { createHash } from "node:crypto";
import { identityMarker, markerIn, narrationWithMarker } from "./identity-marker";

const independent = (id: string): string => `[TH:${createHash("sha256").update(id).digest("hex").slice(0, 16)}]`;

describe("the identity marker in NARRATION", () => {
  const id = "th-0123abcd-0000-1111-2222-333344445555";

  it("is 16 hex digits of the Remote ID's SHA-256, as node:crypto computes them", () => {
    expect(identityMarker(id)).toBe(independent(id));
    expect(identityMarker("th-other")).not.toBe(identityMarker(id));
  });

  it("follows the workbook's narration after one space, or stands alone", () => {
    expect(narrationWithMarker("April rent  ", id)).toBe(`April rent ${independent(id)}`);
    expect(narrationWithMarker(undefined, id)).toBe(independent(id));
    expect(narrationWithMarker("", id)).toBe(independent(id));
  });

  it("is found at the end of a read-back narration, and nowhere else", () => {
    expect(markerIn(`April rent ${independent(id)}`)).toBe(independent(id));
    expect(markerIn(`${independent(id)} then typed in Tally`)).toBeUndefined();
    expect(markerIn("April rent")).toBeUndefined();
    expect(markerIn(undefined)).toBeUndefined();
    expect(markerIn("[TH:XYZ]")).toBeUndefined();
  });
});
