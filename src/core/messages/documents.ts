/**
 * Words of the findings about one cell of a voucher's header: dates, document numbers, lines of
 * one voucher that disagree, GSTINs and places of supply.
 */
import { def } from "./define";

type Owner = { owner: string };
type Against = { first: string; firstRow: number; word: string; number: string };

const gstinTail = (owner: string) =>
  owner === "company" ? "check your GST registration certificate" : `check the number on the ${owner}'s invoice`;

export const DOCUMENT_MESSAGES = {
  "date.outside-books": def<{ fy: string; years: string }>(
    "error",
    (p) => `${p.column} ${p.q} falls in financial year ${p.fy}, which is not among the financial years in Settings (${p.years}).`,
  ),
  "date.before-books-begin": def<{ begin: string }>("error", (p) => `${p.column} ${p.q} is before Books Begin (${p.begin}) in Settings.`),
  "field.required": def("error", (p) => `${p.column} is blank; every row needs one.`),
  "number.required": def("error", (p) => `${p.column} is blank; every row needs one.`),
  "number.too-long": def<{ length: number }>("error", (p) => `${p.column} ${p.q} has ${p.length} characters; at most 16 are allowed.`),
  "number.bad-characters": def<{ bad: string }>(
    "error",
    (p) => `${p.column} ${p.q} contains "${p.bad}"; GST allows only letters, digits, / and - in document numbers.`,
  ),
  "number.bad-first-character": def("error", (p) => `${p.column} ${p.q} must start with a letter or a digit.`),
  "voucher.header-disagrees": def<Against>(
    "error",
    (p) =>
      `${p.column} ${p.q} differs from "${p.first}" on row ${p.firstRow}, the first line of ${p.word} ${p.number}; all lines of one ${p.word} must agree.`,
  ),
  "gstin.length": def<{ length: number }>("error", (p) => `${p.column} ${p.q} has ${p.length} characters; a GSTIN has exactly 15.`),
  "gstin.format": def<Owner>(
    "error",
    (p) => `${p.column} ${p.q} is not in the GSTIN format (state code, PAN, entity number, Z, check character); ${gstinTail(p.owner)}.`,
  ),
  "gstin.state": def<{ code: string }>("error", (p) => `${p.column} ${p.q} starts with ${p.code}, which is not a GST state code.`),
  "gstin.check-character": def<Owner & { expected: string }>(
    "error",
    (p) => `${p.column} ${p.q} has a wrong last character; ${gstinTail(p.owner)} (it should end in ${p.expected}).`,
  ),
  "gstin.legacy-state": def<{ state: string }>(
    "warning",
    (p) => `${p.column} ${p.q} uses the retired state code of ${p.state}; check that it is the party's current GSTIN.`,
  ),
  "place-of-supply.unknown": def(
    "error",
    (p) => `${p.column} ${p.q} is not a state code or state name; use a code like 27 or a name like Maharashtra.`,
  ),
  "place-of-supply.legacy-state": def<{ state: string }>(
    "warning",
    (p) => `${p.column} ${p.q} is the retired code of ${p.state}; check the state (GST tax type depends on it).`,
  ),
  "place-of-supply.differs-from-gstin": def<{ state: string; gstinColumn: string; gstinState: string }>(
    "warning",
    (p) =>
      `${p.column} ${p.q} (${p.state}) differs from the state of the ${p.gstinColumn} (${p.gstinState}); tax follows the Place of Supply, so check it.`,
  ),
} as const;
