/**
 * Parts only Excel makes, added to an exceljs-made workbook the way Excel stores them: a chart
 * (with its drawing), a pivot cache with its records, and macros (vbaProject.bin, which makes the
 * file an .xlsm: the workbook's content type changes and the workbook points at the project).
 */
import { randomBytes } from "node:crypto";
import { fragment } from "xmlbuilder2";
import { writeZipParts, zipParts } from "./zip-parts";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const xml = (build: (f: ReturnType<typeof fragment>) => void) => {
  const f = fragment();
  build(f);
  return DECL + f.end();
};

export const EXCEL_ONLY = {
  chart: "xl/charts/chart1.xml",
  pivotCache: "xl/pivotCache/pivotCacheDefinition1.xml",
  pivotRecords: "xl/pivotCache/pivotCacheRecords1.xml",
  macros: "xl/vbaProject.bin",
};

/** Inserts `inner` before the closing tag of the part's root element. */
const appendToRoot = (text: string, inner: string) => text.replace(/<\/(\w+)>\s*$/, (end) => `${inner}${end}`);

export async function withExcelOnlyParts(source: string, target: string, options: { macros: boolean }): Promise<void> {
  const parts = new Map<string, Buffer | string>(await zipParts(source));
  parts.set(
    EXCEL_ONLY.chart,
    xml((f) =>
      f.ele(CHART_NS, "c:chartSpace").ele("c:chart").ele("c:plotArea").ele("c:layout").up().up().ele("c:plotVisOnly", { val: "1" }),
    ),
  );
  parts.set(
    EXCEL_ONLY.pivotCache,
    xml((f) =>
      f
        .ele(MAIN_NS, "pivotCacheDefinition", { refreshOnLoad: "1", recordCount: "1" })
        .ele("cacheSource", { type: "worksheet" })
        .ele("worksheetSource", { ref: "A1:B3", sheet: "Sales" })
        .up()
        .up()
        .ele("cacheFields", { count: "1" })
        .ele("cacheField", { name: "Customer", numFmtId: "0" }),
    ),
  );
  parts.set(
    EXCEL_ONLY.pivotRecords,
    xml((f) => f.ele(MAIN_NS, "pivotCacheRecords", { count: "1" }).ele("r").ele("s", { v: "Gupta Traders" })),
  );
  const overrides = [
    [EXCEL_ONLY.chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    [EXCEL_ONLY.pivotCache, "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"],
    [EXCEL_ONLY.pivotRecords, "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"],
  ];
  let types = parts.get("[Content_Types].xml")!.toString();
  let rels = parts.get("xl/_rels/workbook.xml.rels")!.toString();
  if (options.macros) {
    parts.set(EXCEL_ONLY.macros, randomBytes(4096));
    types = types.replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    overrides.push([EXCEL_ONLY.macros, "application/vnd.ms-office.vbaProject"]);
    const rel = fragment().ele("Relationship", {
      Id: "rIdVba",
      Type: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      Target: "vbaProject.bin",
    });
    rels = appendToRoot(rels, rel.end());
  }
  types = appendToRoot(
    types,
    overrides
      .map(([PartName, ContentType]) =>
        fragment()
          .ele("Override", { PartName: `/${PartName}`, ContentType })
          .end(),
      )
      .join(""),
  );
  parts.set("[Content_Types].xml", types);
  parts.set("xl/_rels/workbook.xml.rels", rels);
  await writeZipParts(parts, target, [EXCEL_ONLY.macros]);
}
