import fc from "fast-check";
import { checkGstin, checkHsn, gstinCheckCharacter, isService } from "./gst";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const withCheck = (first14: string) => first14 + gstinCheckCharacter(first14);

describe("GSTIN check character", () => {
  it("computes V for the public sample 27AAPFU0939F1ZV (gst-facts.md section 4 worked example)", () => {
    expect(gstinCheckCharacter("27AAPFU0939F1Z")).toBe("V");
  });

  it("treats lower case like upper case", () => {
    expect(gstinCheckCharacter("27aapfu0939f1z")).toBe("V");
  });

  it("gives nothing for characters outside 0-9 and A-Z", () => {
    expect(gstinCheckCharacter("27AAPFU0939F1#")).toBe("");
  });
});

describe("checkGstin", () => {
  it("accepts a valid normal GSTIN and reports its state", () => {
    expect(checkGstin("27AAPFU0939F1ZV")).toEqual({
      ok: true,
      gstin: "27AAPFU0939F1ZV",
      stateCode: "27",
      kind: "normal",
      legacyState: false,
    });
  });

  it("forgives spaces around it and lower case", () => {
    expect(checkGstin(" 27aapfu0939f1zv ").ok).toBe(true);
  });

  it("rejects a GSTIN whose check character is wrong and says which one it should be", () => {
    expect(checkGstin("27AAPFU0939F1ZX")).toMatchObject({ ok: false, problem: "check-character", expected: "V" });
  });

  it("rejects a GSTIN of the wrong length", () => {
    expect(checkGstin("27AAPFU0939F1Z")).toMatchObject({ ok: false, problem: "length" });
  });

  it("rejects text that is not in any GSTIN format", () => {
    expect(checkGstin("27AAPF10939F1ZV")).toMatchObject({ ok: false, problem: "format" });
  });

  it("rejects a government ID whose check character is a letter, since that format ends in a digit", () => {
    expect(checkGstin(withCheck("07ABCD12345E1Z"))).toMatchObject({ ok: false, problem: "format" });
  });

  it("rejects a state code that does not exist", () => {
    expect(checkGstin(withCheck("40AAPFU0939F1Z"))).toMatchObject({ ok: false, problem: "state" });
  });

  it.each(["38", "97", "99"])("accepts state code %s, which some validators wrongly reject", (code) => {
    expect(checkGstin(withCheck(`${code}AAPFU0939F1Z`))).toMatchObject({ ok: true, stateCode: code });
  });

  it.each(["25", "28"])("accepts legacy state code %s but flags it", (code) => {
    expect(checkGstin(withCheck(`${code}AAPFU0939F1Z`))).toMatchObject({ ok: true, legacyState: true });
  });

  it.each([
    ["07ABCD12345E3Z", "government"],
    ["27ABCDE1234F1C", "tcs"],
    ["27ABCD01234F1D", "tds"],
    ["0717UNO00157UN", "uin"],
    ["2716USA00001NR", "nonresident"],
    ["9917USA29001OS", "oidar"],
  ])("recognises %s as a %s registration", (first14, kind) => {
    expect(checkGstin(withCheck(first14))).toMatchObject({ ok: true, kind });
  });

  it("detects any single-character change of a valid GSTIN", () => {
    const valid = fc
      .tuple(fc.constantFrom("01", "07", "19", "27", "29", "33", "36", "38", "97"), fc.stringMatching(/^[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z$/))
      .map(([state, body]) => withCheck(state + body));
    fc.assert(
      fc.property(valid, fc.nat(14), fc.nat(35), (gstin, position, shift) => {
        expect(checkGstin(gstin).ok).toBe(true);
        const original = ALPHABET.indexOf(gstin[position]);
        const replacement = ALPHABET[(original + 1 + (shift % 35)) % 36];
        const typo = gstin.slice(0, position) + replacement + gstin.slice(position + 1);
        expect(typo).not.toBe(gstin);
        expect(checkGstin(typo).ok).toBe(false);
      }),
    );
  });
});

describe("HSN and SAC codes", () => {
  it.each([
    ["1006", 4],
    ["100630", 6],
    ["10063010", 8],
    ["998314", 6],
    ["9983", 4],
  ] as const)("accepts %s when at least %d digits are asked", (code, min) => {
    expect(checkHsn(code, min)).toBeUndefined();
  });

  it.each([
    ["10A6", 0, "digits only"],
    ["100", 0, "4, 6 or 8"],
    ["10063", 0, "4, 6 or 8"],
    ["1006", 6, "at least 6"],
    ["99831400", 0, "service code"],
    ["9983", 6, "at least 6"],
  ] as const)("rejects %s (minimum %d): %s", (code, min, words) => {
    expect(checkHsn(code, min)).toContain(words);
  });

  it("tells a service code from a goods code by chapter 99", () => {
    expect(isService("998314")).toBe(true);
    expect(isService("1006")).toBe(false);
  });
});
