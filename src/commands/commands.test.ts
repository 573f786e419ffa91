type Handler = (event: { completed: () => void }) => Promise<void>;

/** A stand-in for office.js with just what commands.ts touches; onReady fires at once as outside Office. */
function fakeOffice(showAsTaskpane: () => Promise<void>) {
  const handlers = new Map<string, Handler>();
  const office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
  };
  return { office, handlers };
}

function loadCommandsWith(office: unknown): void {
  (globalThis as Record<string, unknown>).Office = office;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each test loads the ribbon file afresh
    require("./commands");
  });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  jest.restoreAllMocks();
});

describe("ribbon commands", () => {
  it("registers validate and sendToTally, the names an ExecuteFunction action would call", () => {
    const { office, handlers } = fakeOffice(() => Promise.resolve());
    loadCommandsWith(office);
    expect([...handlers.keys()].sort()).toEqual(["sendToTally", "validate"]);
  });

  it("shows the task pane and then completes the event", async () => {
    const { office, handlers } = fakeOffice(() => Promise.resolve());
    loadCommandsWith(office);
    const completed = jest.fn();
    await handlers.get("validate")!({ completed });
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the event even when the pane cannot be shown", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { office, handlers } = fakeOffice(() => Promise.reject(new Error("no shared runtime")));
    loadCommandsWith(office);
    const completed = jest.fn();
    await handlers.get("sendToTally")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalled();
  });

  it("registers nothing and does not throw where office.js is absent", () => {
    expect(() => loadCommandsWith(undefined)).not.toThrow();
  });
});
