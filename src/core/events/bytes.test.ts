// Address text both ways (RFC 5952 for IPv6) and the Internet checksum over split parts.
import { describe, expect, it } from "vitest";
import { fromHex, internetChecksum, ipv6Text, parseIpv4, parseIpv6, parseMac, toHex, utf8 } from "./bytes.ts";

describe("addresses", () => {
  it.each([
    ["::", "::"],
    ["::1", "::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"], // one zero group is not shortened (RFC 5952 4.2.2)
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"], // the longer run goes
    ["fe80::", "fe80::"],
    ["::ffff:10.0.0.1", "::ffff:a00:1"],
  ])("%s reads back as %s", (text, canonical) => {
    expect(ipv6Text(parseIpv6(text)!)).toBe(canonical);
  });

  it("refuses what is not an address", () => {
    for (const s of ["1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "12345::", "::g", ":::"]) expect(parseIpv6(s), s).toBeUndefined();
    for (const s of ["10.0.0", "10.0.0.256", "a.b.c.d", "1.2.3.4.5"]) expect(parseIpv4(s), s).toBeUndefined();
    expect(parseMac("02:00:00:00:00")).toBeUndefined();
    expect(toHex(parseMac("02-00-00-0a-0b-ff")!)).toBe("0200000a0bff");
  });
});

describe("bytes", () => {
  it("the checksum of parts is the checksum of their concatenation, odd lengths included", () => {
    const all = fromHex("4500003212344000400600000a0000010a000002ab")!;
    for (let cut = 0; cut <= all.length; cut++) expect(internetChecksum(all.subarray(0, cut), all.subarray(cut))).toBe(internetChecksum(all));
    // RFC 1071's example: 0001 f203 f4f5 f6f7 sums to ddf2, complement 220d
    expect(internetChecksum(fromHex("0001f203f4f5f6f7")!)).toBe(0x220d);
  });

  it("hex and UTF-8", () => {
    expect(fromHex("0x 0a:0B")).toEqual(Uint8Array.of(10, 11));
    expect(fromHex("abc")).toBeUndefined();
    expect(toHex(utf8("é→😀"))).toBe("c3a9" + "e28692" + "f09f9880");
  });
});
