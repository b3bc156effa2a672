// Captures without an Ethernet header become Ethernet frames with the right EtherType.
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "../bytes.ts";
import type { CapturedPacket } from "./capture.ts";
import { toEthernet } from "./link.ts";

const pkt = (linkType: number, hex: string): CapturedPacket => ({ data: fromHex(hex)!, origLength: 0, timestampNs: 0n, linkType, interfaceId: 0 });
const ip4 = "4500001c000000004001" + "0000" + "0a0000010a000002" + "0800f7ff00000000";

describe("toEthernet", () => {
  it("keeps Ethernet frames as they are", () => {
    const p = pkt(1, "0011");
    expect(toEthernet(p)).toBe(p.data);
  });
  it("raw IP gets an Ethernet header by IP version", () => {
    expect(toHex(toEthernet(pkt(101, ip4)) as Uint8Array)).toBe("020000000002" + "020000000001" + "0800" + ip4);
    expect(toHex(toEthernet(pkt(101, "60000000")) as Uint8Array).slice(24, 28)).toBe("86dd");
    expect(toEthernet(pkt(101, "50"))).toBe("raw IP packet of version 5: neither IPv4 nor IPv6");
  });
  it("Linux cooked captures keep the protocol and the sender's MAC", () => {
    // SLL: outgoing (4), ARPHRD_ETHER (1), address length 6, address, 2 pad bytes, protocol 0x0800
    const sll = "0004" + "0001" + "0006" + "0a0b0c0d0e0f" + "0000" + "0800";
    expect(toHex(toEthernet(pkt(113, sll + ip4)) as Uint8Array)).toBe("020000000002" + "0a0b0c0d0e0f" + "0800" + ip4);
    // SLL2: protocol, reserved, ifindex, ARPHRD_ETHER, packet type, address length, address and pad
    const sll2 = "86dd" + "0000" + "00000002" + "0001" + "00" + "06" + "0a0b0c0d0e0f" + "0000";
    expect(toHex(toEthernet(pkt(276, sll2 + "6000")) as Uint8Array)).toBe("020000000002" + "0a0b0c0d0e0f" + "86dd" + "6000");
    expect(toEthernet(pkt(113, "00"))).toBe("Linux cooked header cut short (1 of 16 bytes)");
  });
  it("BSD loopback by address family, either byte order", () => {
    expect(toHex(toEthernet(pkt(0, "02000000" + ip4)) as Uint8Array).slice(24, 28)).toBe("0800");
    expect(toHex(toEthernet(pkt(0, "0000001e" + "6000")) as Uint8Array).slice(24, 28)).toBe("86dd");
  });
  it("other link types say which", () => {
    expect(toEthernet(pkt(105, ""))).toBe("link type 105 (unknown) cannot be made an Ethernet frame");
  });
});
