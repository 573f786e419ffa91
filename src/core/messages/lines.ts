/** Words of the findings about a voucher line: item fields, quantities, values, GST rates and HSN codes. */
import { def } from "./define";

export const LINE_MESSAGES = {
  "line.item-fields-together": def<{ given: string }>(
    "error",
    (p) => `${p.column} is blank while ${p.given} filled; Item, Qty, Unit and Rate are filled together or all left blank.`,
  ),
  "line.qty-not-positive": def("error", (p) => `${p.column} ${p.q} must be more than zero.`),
  "line.rate-negative": def("error", (p) => `${p.column} ${p.q} cannot be negative.`),
  "line.discount-out-of-range": def("error", (p) => `${p.column} ${p.q} must be between 0 and 100.`),
  "line.taxable-value-required": def("error", (p) => `${p.column} is blank on a line without an Item; type the value of the line.`),
  "line.taxable-value-negative": def("error", (p) => `${p.column} ${p.q} cannot be negative; enter returns in the Returns table.`),
  "line.taxable-value-mismatch": def<{ computed: string }>(
    "error",
    (p) => `${p.column} ${p.q} does not match Qty x Rate less Discount (${p.computed}); correct one of them or clear ${p.column}.`,
  ),
  "gst-rate.not-in-settings": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "gst-rate.not-in-force": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "gst-rate.retired-slab": def<{ reason: string }>("warning", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "hsn.required": def<{ digits: number }>(
    "error",
    (p) => `${p.column} is blank; Settings asks for an HSN/SAC code of at least ${p.digits} digits on every line.`,
  ),
  "hsn.invalid": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
} as const;
