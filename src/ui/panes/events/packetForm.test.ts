import { describe, expect, it } from "vitest";
import { build, DEFAULT_PACKET, DEFAULT_PACKET_HEX, dissect, presetByName } from "../../../core/events/index.ts";
import { applyForm, buildHex, checkForm, escapeText, formFields, formValues, unescapeText, valuesFromDissection } from "./packetForm.ts";

const preset = (name: string) => presetByName(name)!.packet;

describe("packet form", () => {
  it("offers the fields the packet has", () => {
    expect(formFields(preset("tcp_syn")).map((f) => f.key)).toEqual(["ethSrc", "ethDst", "src", "dst", "srcPort", "dstPort", "flags", "payload"]);
    expect(formFields(preset("dns_query")).map((f) => f.key)).toEqual(["ethSrc", "ethDst", "src", "dst", "srcPort", "dstPort"]);
    expect(formFields(preset("arp_request")).map((f) => f.label)).toContain("Target IP");
    expect(formFields(preset("ipv6_tcp")).find((f) => f.key === "src")?.label).toBe("Source IPv6");
  });

  it("reads the description's values and builds the same bytes back", () => {
    const v = formValues(DEFAULT_PACKET);
    expect(v).toMatchObject({ src: "10.0.0.1", dst: "10.0.0.2", srcPort: "12345", dstPort: "80", flags: "S", payload: "hello bpf\\n" });
    expect(buildHex(applyForm(DEFAULT_PACKET, v))).toEqual({ hex: DEFAULT_PACKET_HEX });
  });

  it("rebuilds lengths and checksums when a field changes", () => {
    const p = applyForm(DEFAULT_PACKET, { ...formValues(DEFAULT_PACKET), dstPort: "8080", payload: "hi" });
    const r = build(p);
    if (!r.ok) throw new Error(r.message);
    const d = dissect(r.bytes);
    const shows = d.layers.flatMap((l) => l.children.map((f) => f.show));
    expect(shows).toContain("Destination Port: 8080");
    expect(shows).toContain("Total Length: 42");
    expect(shows.filter((s) => s.endsWith("[correct]"))).toHaveLength(2);
  });

  it("adds a payload after a bare TCP header and drops an emptied one", () => {
    const syn = preset("tcp_syn");
    expect(applyForm(syn, { payload: "x" }).layers.at(-1)).toEqual({ kind: "payload", text: "x" });
    expect(applyForm(DEFAULT_PACKET, { payload: "" }).layers.at(-1)?.kind).toBe("tcp");
  });

  it("marks each bad field on its own", () => {
    const e = checkForm(DEFAULT_PACKET, { src: "10.0.0.300", srcPort: "70000", dstPort: "http", flags: "SX", payload: "a\\q", ethDst: "zz" });
    expect(Object.keys(e).sort()).toEqual(["dstPort", "ethDst", "flags", "payload", "src", "srcPort"]);
    expect(e.srcPort).toBe("70000 is more than 65535");
    expect(e.flags).toMatch(/'X' is not a TCP flag/);
    expect(checkForm(preset("ipv6_tcp"), { src: "10.0.0.1" }).src).toMatch(/not an IPv6 address/);
    expect(checkForm(DEFAULT_PACKET, formValues(DEFAULT_PACKET))).toEqual({});
  });

  it("escapes text for one line and back", () => {
    const s = "GET / HTTP/1.1\r\n\tx\\y\u0001";
    expect(escapeText(s)).toBe("GET / HTTP/1.1\\r\\n\\tx\\\\y\\x01");
    expect(unescapeText(escapeText(s))).toBe(s);
    expect(unescapeText("bad\\")).toEqual({ error: expect.stringMatching(/not an escape/) });
  });

  it("reads the fields back from bytes typed by hand", () => {
    for (const name of ["default", "http_get", "arp_request", "ipv6_tcp", "vlan"]) {
      const p = preset(name);
      const r = build(p);
      if (!r.ok) throw new Error(r.message);
      const want = formValues(p);
      const got = valuesFromDissection(dissect(r.bytes));
      for (const k of Object.keys(got) as (keyof typeof got)[]) if (want[k] !== undefined && want[k] !== "") expect([name, k, got[k]]).toEqual([name, k, want[k]]);
    }
  });
});
