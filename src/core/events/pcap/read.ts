// Reads a pcap or pcapng file, by its first four bytes.

import type { CaptureResult } from "./capture.ts";
import { isPcap, readPcap } from "./pcap.ts";
import { isPcapng, readPcapng } from "./pcapng.ts";

export function readCapture(bytes: Uint8Array): CaptureResult {
  if (isPcapng(bytes)) return readPcapng(bytes);
  if (isPcap(bytes)) return readPcap(bytes);
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
  return { error: `not a pcap or pcapng file (it starts with ${head || "nothing"}; pcap starts with d4 c3 b2 a1 or a1 b2 c3 d4, pcapng with 0a 0d 0d 0a)`, offset: 0 };
}
