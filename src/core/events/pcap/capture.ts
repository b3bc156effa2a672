// A capture file's packets, whatever the file format; errors are values that name the offset.

export interface CapturedPacket {
  /** The bytes captured (at most the snap length). */
  readonly data: Uint8Array;
  /** The packet's length on the wire; more than data.length when the capture cut it. */
  readonly origLength: number;
  /** Nanoseconds since 1970-01-01 UTC. */
  readonly timestampNs: bigint;
  /** LINKTYPE_* of the interface it was captured on (1 Ethernet, 101 raw IP). */
  readonly linkType: number;
  /** pcapng: the interface's index in its section; pcap: 0. */
  readonly interfaceId: number;
}

export interface Capture {
  readonly format: "pcap" | "pcapng";
  readonly packets: readonly CapturedPacket[];
}

export interface CaptureError {
  readonly error: string;
  /** Byte offset in the file where reading failed. */
  readonly offset: number;
}

export type CaptureResult = Capture | CaptureError;

export const isCaptureError = (r: CaptureResult): r is CaptureError => "error" in r;

export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;

/** A record larger than this is corruption, not a packet (libpcap's own ceiling is 256 KiB). */
export const MAX_PACKET = 256 * 1024;

/** Little- or big-endian unsigned reads over a file. */
export class FileView {
  constructor(
    readonly bytes: Uint8Array,
    public little: boolean,
  ) {}
  u16(at: number): number {
    const b = this.bytes;
    return this.little ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1];
  }
  u32(at: number): number {
    const b = this.bytes;
    return this.little ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0 : ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  }
}
