import { findState, stateByCode, STATES } from "./states";

describe("states", () => {
  it("knows Ladakh (38) and Other Territory (97)", () => {
    expect(stateByCode("38")?.name).toBe("Ladakh");
    expect(stateByCode("97")?.name).toBe("Other Territory");
  });

  it.each([
    ["27", "27"],
    ["7", "07"],
    ["maharashtra ", "27"],
    ["Jammu and Kashmir", "01"],
    ["27-Maharashtra", "27"],
    ["Dadra and Nagar Haveli and Daman and Diu", "26"],
  ])("reads %p as state %p", (typed, code) => {
    expect(findState(typed)?.code).toBe(code);
  });

  it.each(["Atlantis", "40", "27-Karnataka", ""])("does not guess for %p", (typed) => {
    expect(findState(typed)).toBeUndefined();
  });

  it("has one entry per code", () => {
    expect(new Set(STATES.map((s) => s.code)).size).toBe(STATES.length);
  });
});
