/**
 * Run as a child process by the kill test (src/adapters/xlsx/save-killed.test.ts): reads the
 * workbook, writes a status on every row and saves it back, printing "saving" just before the save.
 */
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { saveWorkbook } from "../../../src/adapters/xlsx/save-xlsx";
import { writeStatusCells } from "../../../src/adapters/xlsx/write-xlsx";
import { OPS_TABLES } from "../../../src/core/findings";

async function main(file: string): Promise<void> {
  const book = await readXlsx(file);
  const cells = OPS_TABLES.flatMap((table) =>
    (book.input.tables[table]?.rows ?? []).map((_, index) => ({ table, index, status: "Ready" as const, note: `row ${index + 1}` })),
  );
  writeStatusCells(book, cells);
  process.stdout.write("saving\n");
  await saveWorkbook(book);
  process.stdout.write("saved\n");
}

void main(process.argv[2]);
