// Captures made without an Ethernet header (raw IP, Linux "cooked" captures from `tcpdump -i any`,
// BSD loopback) turned into Ethernet frames, since XDP and tc programs see one. The new header
// keeps what the capture knew: the EtherType, and the sender's address when it was recorded.

import type { CapturedPacket } from "./capture.ts";

export const LINKTYPE_NAMES: Readonly<Record<number, string>> = {
  0: "BSD loopback", 1: "Ethernet", 101: "raw IP", 113: "Linux cooked capture", 276: "Linux cooked capture v2",
};

const DST = [0x02, 0, 0, 0, 0, 0x02];
const SRC = [0x02, 0, 0, 0, 0, 0x01];

function frame(src: readonly number[], type: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(14 + payload.length);
  out.set(DST, 0);
  out.set(src, 6);
  out[12] = type >> 8;
  out[13] = type & 0xff;
  out.set(payload, 14);
  return out;
}

const ipType = (b: Uint8Array): number | undefined => (b.length === 0 ? undefined : b[0] >> 4 === 4 ? 0x0800 : b[0] >> 4 === 6 ? 0x86dd : undefined);

/** The packet as an Ethernet frame, or why it cannot be one. */
export function toEthernet(p: CapturedPacket): Uint8Array | string {
  const d = p.data;
  switch (p.linkType) {
    case 1:
      return d;
    case 101: {
      const type = ipType(d);
      return type ? frame(SRC, type, d) : `raw IP packet of version ${d.length ? d[0] >> 4 : "(empty)"}: neither IPv4 nor IPv6`;
    }
    case 113: {
      // packet type, ARPHRD type, address length, 8 address bytes, protocol (all big-endian)
      if (d.length < 16) return `Linux cooked header cut short (${d.length} of 16 bytes)`;
      const mac = ((d[2] << 8) | d[3]) === 1 && ((d[4] << 8) | d[5]) === 6 ? Array.from(d.subarray(6, 12)) : SRC;
      return frame(mac, (d[14] << 8) | d[15], d.subarray(16));
    }
    case 276: {
      // protocol, reserved, interface index, ARPHRD type, packet type, address length, 8 address bytes
      if (d.length < 20) return `Linux cooked v2 header cut short (${d.length} of 20 bytes)`;
      const mac = ((d[8] << 8) | d[9]) === 1 && d[11] === 6 ? Array.from(d.subarray(12, 18)) : SRC;
      return frame(mac, (d[0] << 8) | d[1], d.subarray(20));
    }
    case 0: {
      // the address family in the capturing host's byte order: 2 is AF_INET, 24, 28 and 30 are BSD's AF_INET6
      if (d.length < 4) return `loopback header cut short (${d.length} of 4 bytes)`;
      const family = d[0] | d[3];
      const type = family === 2 ? 0x0800 : [24, 28, 30].includes(family) ? 0x86dd : undefined;
      return type ? frame(SRC, type, d.subarray(4)) : `loopback packet of address family ${family}: neither IPv4 nor IPv6`;
    }
    default:
      return `link type ${p.linkType} (${LINKTYPE_NAMES[p.linkType] ?? "unknown"}) cannot be made an Ethernet frame`;
  }
}
