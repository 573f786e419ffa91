import { checkTallyAddress } from "./tally-address";

describe("checkTallyAddress", () => {
  it.each(["http://127.0.0.1:9000", "http://localhost:9000/", "https://tally.office.lan:9443", "http://[::1]:9000", "http://192.168.1.20"])(
    "takes %s",
    (url) => expect(() => checkTallyAddress(url)).not.toThrow(),
  );

  it.each([
    ["ftp://127.0.0.1:21", "starts with ftp:"],
    ["file:///C:/Tally", "starts with file:"],
    ["127.0.0.1:9000", "is not a web address"],
    ["localhost:9000", "is not a web address"],
    ["http://127.0.0.1:99999", "has port 99999"],
    ["http://127.0.0.1:0", "has port 0"],
    ["http://admin:hunter2@127.0.0.1:9000", "has a user name or password"],
    ["http://:9000", "is not a web address"],
    ["", "is not a web address"],
  ])("refuses %s: it %s", (url, words) => {
    let message = "";
    try {
      checkTallyAddress(url);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(words);
    expect(message).not.toContain("hunter2");
  });
});
