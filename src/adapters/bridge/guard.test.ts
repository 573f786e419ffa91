import { hostIsLoopback } from "./guard";

const PORT = 9400;

// Every Host a DNS-rebinding page or a sloppy parser could slip through, and the three that pass.
const HOSTS: Array<[string | undefined, "accept" | "refuse"]> = [
  ["localhost:9400", "accept"],
  ["127.0.0.1:9400", "accept"],
  ["[::1]:9400", "accept"],
  ["LOCALHOST:9400", "accept"], // DNS names ignore case; browsers send lower case anyway
  ["[::1]evil.example", "refuse"],
  ["[::1]evil.example:9400", "refuse"],
  ["[::1]:9400evil.example", "refuse"],
  ["localhost.evil.example:9400", "refuse"],
  ["127.0.0.1.nip.io:9400", "refuse"],
  ["evil.example:9400", "refuse"],
  ["evil.example", "refuse"],
  ["localhost:9400@evil", "refuse"],
  ["user@localhost:9400", "refuse"],
  ["user:pw@localhost:9400", "refuse"],
  ["localhost:9400/path", "refuse"],
  ["localhost:9400?q", "refuse"],
  ["localhost:9400#f", "refuse"],
  ["localhost.:9400", "refuse"],
  ["127.0.0.1:80", "refuse"],
  ["127.0.0.1:9401", "refuse"],
  ["localhost:09400", "refuse"],
  ["localhost", "refuse"],
  ["127.0.0.1", "refuse"],
  ["[::1]", "refuse"],
  ["localhost:", "refuse"],
  ["[::ffff:127.0.0.1]:9400", "refuse"],
  ["[0:0:0:0:0:0:0:1]:9400", "refuse"],
  ["127.0.0.2:9400", "refuse"],
  ["127.1:9400", "refuse"],
  ["2130706433:9400", "refuse"],
  ["0x7f000001:9400", "refuse"],
  ["0177.0.0.1:9400", "refuse"],
  ["0.0.0.0:9400", "refuse"],
  ["localhost:9400 ", "refuse"],
  [" localhost:9400", "refuse"],
  ["localhost:9400\\evil", "refuse"],
  ["xn--localhost-:9400", "refuse"],
  ["", "refuse"],
  [undefined, "refuse"],
];

describe("the Host check (DNS rebinding)", () => {
  it.each(HOSTS)("Host %p: %s", (host, expected) => {
    expect(hostIsLoopback(host, PORT) ? "accept" : "refuse").toBe(expected);
  });

  it("compares with the port the bridge really listens on", () => {
    expect(hostIsLoopback("localhost:51234", 51234)).toBe(true);
    expect(hostIsLoopback("localhost:9400", 51234)).toBe(false);
  });
});
