// Value names as Wireshark prints them.

export const ETHERTYPES: Readonly<Record<number, string>> = {
  0x0800: "IPv4", 0x0806: "ARP", 0x86dd: "IPv6", 0x8100: "802.1Q Virtual LAN", 0x88a8: "802.1ad Provider Bridge (Q-in-Q)",
};

export const IP_PROTOCOLS: Readonly<Record<number, string>> = {
  0: "IPv6 Hop-by-Hop Option", 1: "ICMP", 2: "IGMP", 4: "IPIP", 6: "TCP", 17: "UDP", 41: "IPv6", 43: "Routing Header for IPv6",
  44: "Fragment Header for IPv6", 47: "GRE", 50: "ESP", 51: "AH", 58: "ICMPv6", 59: "IPv6 No Next Header", 60: "Destination Options for IPv6", 132: "SCTP",
};

export const PCP = [
  "Best Effort (default)", "Background", "Excellent Effort", "Critical Applications", "Video, < 100ms latency and jitter",
  "Voice, < 10ms latency and jitter", "Internetwork Control", "Network Control",
];

export const ARP_OPCODES: Readonly<Record<number, string>> = { 1: "request", 2: "reply", 3: "request-reverse", 4: "reply-reverse" };

/** RFC 2474/4594/8622 code points by the names Wireshark uses. */
export function dscpName(v: number): string {
  const named: Record<number, string> = { 0: "Default", 1: "Lower Effort", 44: "Voice-Admit", 46: "Expedited Forwarding" };
  if (named[v] !== undefined) return named[v];
  if (v % 8 === 0) return `Class Selector ${v / 8}`;
  const cls = v >> 3;
  const drop = (v & 7) >> 1;
  if (cls >= 1 && cls <= 4 && (v & 1) === 0 && drop >= 1 && drop <= 3) return `Assured Forwarding ${cls}${drop}`;
  return "Unknown";
}

export const dscpShort = (v: number): string => {
  if (v % 8 === 0) return `CS${v / 8}`;
  if (v === 46) return "EF";
  const cls = v >> 3;
  const drop = (v & 7) >> 1;
  return cls >= 1 && cls <= 4 && (v & 1) === 0 && drop >= 1 && drop <= 3 ? `AF${cls}${drop}` : `${v}`;
};

export const ECN = ["Not ECN-Capable Transport", "ECN-Capable Transport codepoint '10'", "ECN-Capable Transport codepoint '01'", "Congestion Experienced"];
export const ECN_SHORT = ["Not-ECT", "ECT(1)", "ECT(0)", "CE"];

export const ICMP_TYPES: Readonly<Record<number, string>> = {
  0: "Echo (ping) reply", 3: "Destination unreachable", 4: "Source quench (flow control)", 5: "Redirect", 8: "Echo (ping) request",
  9: "Router advertisement", 10: "Router solicitation", 11: "Time-to-live exceeded", 12: "Parameter problem", 13: "Timestamp request", 14: "Timestamp reply",
};

export const ICMPV6_TYPES: Readonly<Record<number, string>> = {
  1: "Destination Unreachable", 2: "Packet Too Big", 3: "Time Exceeded", 4: "Parameter Problem", 128: "Echo (ping) request", 129: "Echo (ping) reply",
  133: "Router Solicitation", 134: "Router Advertisement", 135: "Neighbor Solicitation", 136: "Neighbor Advertisement", 137: "Redirect",
};

export const TCP_OPTIONS: Readonly<Record<number, string>> = {
  0: "End of Option List (EOL)", 1: "No-Operation (NOP)", 2: "Maximum segment size", 3: "Window scale", 4: "SACK permitted", 5: "SACK", 8: "Timestamps",
};

export const IPV4_OPTIONS: Readonly<Record<number, string>> = {
  0: "End of Options List (EOL)", 1: "No Operation (NOP)", 7: "Record Route", 68: "Time Stamp", 130: "Security", 131: "Loose Source Route", 137: "Strict Source Route", 148: "Router Alert",
};

export const IPV6_OPTIONS: Readonly<Record<number, string>> = { 0: "Pad1", 1: "PadN", 5: "Router Alert", 194: "Jumbo Payload", 201: "Home Address" };

export const named = (table: Readonly<Record<number, string>>, v: number, fallback = "Unknown"): string => table[v] ?? fallback;
