// A packet as data: a list of layers, outermost first, each with its fields. A field left out is
// computed (lengths, checksums, next-protocol numbers) or takes a common default; a field given
// is written as it is, so a user can build a broken packet on purpose (a wrong checksum, a
// length that lies). Addresses are text ("10.0.0.1", "2001:db8::1", "02:00:00:00:00:01");
// free-form bytes are hex.

export interface Packet {
  readonly layers: readonly Layer[];
  /** Keep only the first N bytes of the built frame (a truncated capture). */
  readonly truncate?: number;
}

export type Layer =
  | EthernetLayer
  | ArpLayer
  | Ipv4Layer
  | Ipv6Layer
  | Ipv6OptionsLayer
  | Ipv6RoutingLayer
  | Ipv6FragmentLayer
  | TcpLayer
  | UdpLayer
  | IcmpLayer
  | Icmpv6Layer
  | PayloadLayer;

export type LayerKind = Layer["kind"];

/** An 802.1Q tag; tpid 0x88a8 makes an 802.1ad (QinQ) outer tag. */
export interface VlanTag {
  readonly vid: number;
  readonly pcp?: number;
  readonly dei?: number;
  readonly tpid?: number;
}

export interface EthernetLayer {
  readonly kind: "ethernet";
  readonly dst: string;
  readonly src: string;
  /** Tags in wire order, outermost first. */
  readonly vlans?: readonly VlanTag[];
  /** The EtherType after the tags; default from the next layer. */
  readonly type?: number;
}

export interface ArpLayer {
  readonly kind: "arp";
  /** 1 request, 2 reply. */
  readonly op?: number;
  readonly htype?: number;
  readonly ptype?: number;
  readonly hlen?: number;
  readonly plen?: number;
  readonly senderMac: string;
  readonly senderIp: string;
  readonly targetMac?: string;
  readonly targetIp: string;
}

/** An IPv4 option: type 0 (EOL) and 1 (NOP) are one byte; others are type, length, data. */
export interface Ipv4Option {
  readonly type: number;
  readonly data?: string;
  /** Overrides the option's length byte. */
  readonly length?: number;
}

export interface Ipv4Layer {
  readonly kind: "ipv4";
  readonly src: string;
  readonly dst: string;
  readonly version?: number;
  /** Header length in 32-bit words. */
  readonly ihl?: number;
  readonly dscp?: number;
  readonly ecn?: number;
  readonly totalLength?: number;
  readonly id?: number;
  readonly reservedFlag?: boolean;
  readonly dontFragment?: boolean;
  readonly moreFragments?: boolean;
  /** In 8-byte units, as on the wire. */
  readonly fragmentOffset?: number;
  readonly ttl?: number;
  readonly protocol?: number;
  readonly checksum?: number;
  /** Padded with EOL (zero) bytes to a multiple of 4. */
  readonly options?: readonly Ipv4Option[];
}

export interface Ipv6Layer {
  readonly kind: "ipv6";
  readonly src: string;
  readonly dst: string;
  readonly version?: number;
  readonly trafficClass?: number;
  readonly flowLabel?: number;
  readonly payloadLength?: number;
  readonly nextHeader?: number;
  readonly hopLimit?: number;
}

/** A TLV option of a hop-by-hop or destination options header (RFC 8200 4.2). */
export interface Ipv6Option {
  readonly type: number;
  readonly data?: string;
}

/** Hop-by-hop (next header 0) or destination options (60); padded with Pad1/PadN to 8 bytes. */
export interface Ipv6OptionsLayer {
  readonly kind: "hopbyhop" | "destopts";
  readonly nextHeader?: number;
  /** In 8-byte units, not counting the first 8. */
  readonly hdrExtLen?: number;
  readonly options?: readonly Ipv6Option[];
}

/** A routing header (43): the four fixed bytes, four type-specific bytes, then addresses. */
export interface Ipv6RoutingLayer {
  readonly kind: "routing";
  readonly nextHeader?: number;
  readonly hdrExtLen?: number;
  readonly routingType?: number;
  readonly segmentsLeft?: number;
  /** The type-specific 32 bits after segments left (reserved for types 0 and 2; last entry, flags, tag for type 4). */
  readonly typeData?: number;
  readonly addresses?: readonly string[];
}

export interface Ipv6FragmentLayer {
  readonly kind: "fragment";
  readonly nextHeader?: number;
  /** In 8-byte units. */
  readonly offset?: number;
  readonly more?: boolean;
  readonly id?: number;
}

export type TcpOption =
  | { readonly kind: "eol" }
  | { readonly kind: "nop" }
  | { readonly kind: "mss"; readonly value: number }
  | { readonly kind: "wscale"; readonly shift: number }
  | { readonly kind: "sackPermitted" }
  | { readonly kind: "sack"; readonly blocks: readonly (readonly [number, number])[] }
  | { readonly kind: "timestamps"; readonly value: number; readonly echo: number }
  | { readonly kind: "raw"; readonly type: number; readonly data?: string; readonly length?: number };

export interface TcpLayer {
  readonly kind: "tcp";
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq?: number;
  readonly ack?: number;
  /** Header length in 32-bit words. */
  readonly dataOffset?: number;
  /** tcpdump's letters: F S R P A U E C, and N for the AE (ex-NS) bit. */
  readonly flags?: string;
  readonly window?: number;
  readonly checksum?: number;
  readonly urgent?: number;
  /** Padded with EOL (zero) bytes to a multiple of 4. */
  readonly options?: readonly TcpOption[];
}

export interface UdpLayer {
  readonly kind: "udp";
  readonly srcPort: number;
  readonly dstPort: number;
  readonly length?: number;
  readonly checksum?: number;
}

/** ICMP (RFC 792): type, code, checksum, then four bytes that echo messages split into id and sequence. */
export interface IcmpLayer {
  readonly kind: "icmp";
  readonly type?: number;
  readonly code?: number;
  readonly checksum?: number;
  readonly id?: number;
  readonly seq?: number;
  /** The four bytes after the checksum as hex; overrides id and seq. */
  readonly rest?: string;
}

/** ICMPv6 (RFC 4443), the same shape as ICMP; its checksum covers the IPv6 pseudo-header. */
export interface Icmpv6Layer {
  readonly kind: "icmpv6";
  readonly type?: number;
  readonly code?: number;
  readonly checksum?: number;
  readonly id?: number;
  readonly seq?: number;
  readonly rest?: string;
}

export interface PayloadLayer {
  readonly kind: "payload";
  readonly hex?: string;
  /** UTF-8 text; "\r\n" as written. Used when hex is absent. */
  readonly text?: string;
}
