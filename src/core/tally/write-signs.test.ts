/**
 * Property: whatever balanced voucher goes in, every line Tally reads back has an AMOUNT whose sign
 * agrees with ISDEEMEDPOSITIVE (Yes = negative, PROTOCOL.md 2.1), bills and bank details share
 * their line's sign, and the voucher's lines still sum to zero.
 */
import fc from "fast-check";
import { create } from "xmlbuilder2";
import { parseAmount } from "../money";
import { isBalanced, type InventoryEntry, type LedgerEntry, type Voucher, type VoucherKind } from "../vouchers/model";
import { buildVoucherImport } from "./write";

const nonZeroPaise = fc.tuple(fc.integer({ min: 1, max: 500_000_000 }), fc.boolean()).map(([n, negative]) => (negative ? -n : n));

const KINDS: VoucherKind[] = ["Sales", "Purchase", "Receipt", "Payment", "Journal", "CreditNote", "DebitNote", "StockJournal"];

function ledgerLine(amount: number, i: number, withBill: boolean): LedgerEntry {
  const bills = withBill ? [{ name: `B-${i}`, type: "New Ref" as const, amount }] : undefined;
  return { ledger: `Ledger ${i}`, amount, role: i === 0 ? "party" : "ledger", bills };
}

function itemLine(amount: number, i: number, withLedger: boolean): InventoryEntry {
  const qty = (i % 4) + 0.5;
  return { item: `Item ${i}`, qty, unit: "Nos", rate: 100, amount, godown: `Godown ${i % 2}`, ledger: withLedger ? "Sales" : undefined };
}

/** A voucher of the given kind whose lines are the given amounts plus one line that balances them. */
function balancedVoucher(kind: VoucherKind, ledgerAmounts: number[], itemAmounts: number[], bank: boolean): Voucher {
  const stock = kind === "StockJournal";
  const items = kind === "Sales" || kind === "Purchase" || kind === "CreditNote" || kind === "DebitNote" || stock ? itemAmounts : [];
  const ledgers = stock ? [] : ledgerAmounts;
  const rest = -[...ledgers, ...items].reduce((a, b) => a + b, 0);
  const inventoryEntries = [...items, ...(stock && rest !== 0 ? [rest] : [])].map((a, i) => itemLine(a, i, !stock));
  const ledgerEntries = [...(stock || rest === 0 ? [] : [rest]), ...ledgers].map((a, i) => ledgerLine(a, i, i % 2 === 0));
  if (bank && ledgerEntries.length > 1) {
    const e = ledgerEntries[1];
    ledgerEntries[1] = { ...e, role: "account", bank: { transactionType: "Cheque", instrumentNumber: "1", amount: e.amount } };
  }
  return {
    kind,
    voucherType: kind,
    date: { y: 2026, m: 4, d: 1 },
    number: "P-1",
    remoteId: "th-property",
    source: { table: "Journals", rows: [2], indexes: [0] },
    party: "Ledger 0",
    isInvoice: inventoryEntries.length > 0 && !stock,
    ledgerEntries,
    inventoryEntries,
  };
}

const voucherArb = fc
  .tuple(
    fc.constantFrom(...KINDS),
    fc.array(nonZeroPaise, { minLength: 1, maxLength: 5 }),
    fc.array(nonZeroPaise, { minLength: 1, maxLength: 5 }),
    fc.boolean(),
  )
  .map(([kind, ledgers, items, bank]) => balancedVoucher(kind, ledgers, items, bank));

const elements = (node: Element): Element[] => Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);

const childText = (node: Element, name: string): string | undefined =>
  elements(node).find((c) => c.nodeName === name)?.textContent ?? undefined;

function paise(text: string): number {
  const parsed = parseAmount(text);
  if (!parsed.ok) throw new Error(`AMOUNT ${text} ${parsed.reason}`);
  return parsed.value;
}

/** Every element under `root` that carries both ISDEEMEDPOSITIVE and AMOUNT. */
function signedLines(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    if (childText(node, "ISDEEMEDPOSITIVE") !== undefined && childText(node, "AMOUNT") !== undefined) found.push(node);
    elements(node).forEach(walk);
  };
  walk(root);
  return found;
}

function voucherElement(xml: string): Element {
  const envelope = create(xml).root().node as unknown as Element;
  let vch: Element | undefined;
  const walk = (node: Element) => (node.nodeName === "VOUCHER" ? (vch = node) : elements(node).forEach(walk));
  walk(envelope);
  if (!vch) throw new Error("no VOUCHER in the request");
  return vch;
}

describe("signs on every written line", () => {
  it("the generator makes only balanced vouchers", () => {
    fc.assert(fc.property(voucherArb, (v) => isBalanced(v)));
  });

  it("every AMOUNT is negative exactly when ISDEEMEDPOSITIVE is Yes, and allocations keep their line's sign", () => {
    fc.assert(
      fc.property(voucherArb, (v) => {
        const lines = signedLines(voucherElement(buildVoucherImport([v], { company: "Property Co" })));
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          const amount = paise(childText(line, "AMOUNT")!);
          expect(childText(line, "ISDEEMEDPOSITIVE")).toBe(amount < 0 ? "Yes" : "No");
          for (const alloc of elements(line).filter((c) => /^(BILL|BANK|BATCH)ALLOCATIONS\.LIST$/.test(c.nodeName))) {
            expect(Math.sign(paise(childText(alloc, "AMOUNT")!))).toBe(Math.sign(amount));
          }
        }
      }),
    );
  });

  it("the voucher's own lines sum to zero after the request is parsed back", () => {
    fc.assert(
      fc.property(voucherArb, (v) => {
        const vch = voucherElement(buildVoucherImport([v], { company: "Property Co" }));
        const lines = elements(vch).filter((c) => c.nodeName.endsWith(".LIST"));
        expect(lines).toHaveLength(v.ledgerEntries.length + v.inventoryEntries.length);
        expect(lines.reduce((sum, line) => sum + paise(childText(line, "AMOUNT")!), 0)).toBe(0);
      }),
    );
  });
});
