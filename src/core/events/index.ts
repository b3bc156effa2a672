// Events a program reacts to: packets (builder, dissector, pcap files).

export type * from "./packet/layers.ts";
export { build, IP_PROTOCOLS } from "./packet/build.ts";
export type { BuildResult } from "./packet/build.ts";
export { DEFAULT_PACKET, DEFAULT_PACKET_HEX, DEFAULT_PACKET_SUMMARY, defaultPacketBytes } from "./packet/default.ts";
export { PRESETS, presetByName, dnsQuery } from "./packet/presets.ts";
export type { Preset } from "./packet/presets.ts";
export { dissect } from "./dissect/dissect.ts";
export type { Dissection, FrameStart } from "./dissect/dissect.ts";
export type { Field } from "./dissect/tree.ts";
export { fieldsAt } from "./dissect/tree.ts";
export { diffBytes, isChanged } from "./dissect/diff.ts";
export type { ByteRange } from "./dissect/diff.ts";
export { knowsPassing, passedPacket, verdictName } from "./verdicts.ts";
export { fromHex, internetChecksum, toHex } from "./bytes.ts";
export { readCapture } from "./pcap/read.ts";
export { readPcap, writePcap } from "./pcap/pcap.ts";
export type { PcapWriteOptions } from "./pcap/pcap.ts";
export { readPcapng } from "./pcap/pcapng.ts";
export { isCaptureError, LINKTYPE_ETHERNET, LINKTYPE_RAW } from "./pcap/capture.ts";
export type { Capture, CapturedPacket, CaptureError, CaptureResult } from "./pcap/capture.ts";
export { LINKTYPE_NAMES, toEthernet } from "./pcap/link.ts";
