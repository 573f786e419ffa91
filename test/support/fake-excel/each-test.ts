/**
 * A fake Excel host per test: call at the top of a test file, install the workbook a test needs,
 * and the host is uninstalled after each test. `host` stands for the one the running test installed.
 */
import { installFakeOffice, type FakeOfficeHost } from "./install";
import { fakeWorkbook, type FakeSheetSpec, type FakeWorkbookSpec } from "./workbook-model";

export function fakeOfficeEachTest() {
  let current: FakeOfficeHost | undefined;
  afterEach(() => {
    current?.uninstall();
    current = undefined;
  });
  const running = (): FakeOfficeHost => {
    if (!current) throw new Error("install() a workbook first");
    return current;
  };
  const host = new Proxy({} as FakeOfficeHost, {
    get: (_target, key) => {
      const value: unknown = Reflect.get(running(), key);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(running()) : value;
    },
  });
  /** Installs a workbook of these sheets (or this whole spec) as the Office host. */
  function install(workbook: FakeSheetSpec[] | FakeWorkbookSpec): FakeOfficeHost {
    current = installFakeOffice(globalThis, fakeWorkbook(Array.isArray(workbook) ? { sheets: workbook } : workbook));
    return current;
  }
  return { host, install };
}
