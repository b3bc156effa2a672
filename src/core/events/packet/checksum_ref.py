#!/usr/bin/env python3
"""An independent checksum reference for the packet builder and dissector tests.

Reads a JSON list of hex Ethernet frames on stdin. For each it walks the headers itself
(Ethernet, 802.1Q/802.1ad tags, IPv4, IPv6 with hop-by-hop/routing/fragment/destination
options) and computes, with its own RFC 1071 sum, what each checksum should be. Prints a JSON
list: {"ip": {"field", "should"} or null, "l4": {"proto", "field", "should"} or null}.
Only the standard library; written from the RFCs (791, 793, 768, 792, 8200, 4443), not from
the TypeScript under test.
"""
import json
import struct
import sys


def ones_sum(data):
    if len(data) % 2:
        data = data + b"\0"
    total = 0
    for (word,) in struct.iter_unpack("!H", data):
        total += word
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return total


def checksum(data):
    return (~ones_sum(data)) & 0xFFFF


def l4(proto, seg, pseudo):
    """Checksum of the segment with its checksum field zeroed; None when there is none to check."""
    at = {6: 16, 17: 6, 1: 2, 58: 2}.get(proto)
    if at is None or len(seg) < at + 2 or (proto == 6 and len(seg) < 20) or (proto == 17 and len(seg) < 8):
        return None
    field = struct.unpack_from("!H", seg, at)[0]
    zeroed = seg[:at] + b"\0\0" + seg[at + 2:]
    should = checksum((pseudo or b"") + zeroed)
    if proto == 17 and should == 0:
        should = 0xFFFF  # RFC 768: all ones stands for a computed zero
    return {"proto": proto, "field": field, "should": should}


def walk(frame):
    at = 12
    etype = struct.unpack_from("!H", frame, at)[0]
    at += 2
    while etype in (0x8100, 0x88A8):
        etype = struct.unpack_from("!H", frame, at + 2)[0]
        at += 4
    out = {"ip": None, "l4": None}
    if etype == 0x0800:
        ihl = (frame[at] & 0x0F) * 4
        hdr = frame[at:at + ihl]
        total = struct.unpack_from("!H", hdr, 2)[0]
        out["ip"] = {"field": struct.unpack_from("!H", hdr, 10)[0], "should": checksum(hdr[:10] + b"\0\0" + hdr[12:])}
        frag = struct.unpack_from("!H", hdr, 6)[0]
        if frag & 0x3FFF:  # a fragment: the upper layer is not whole here
            return out
        proto = hdr[9]
        seg = frame[at + ihl:at + total]
        length = len(seg)
        if proto == 17:
            length = struct.unpack_from("!H", seg, 4)[0]
            if length < 8 or length > len(seg):
                return out  # a UDP length that lies: nothing whole to check
            seg = seg[:length]  # RFC 768: the datagram is as long as its length field says
        pseudo = hdr[12:16] + hdr[16:20] + struct.pack("!BBH", 0, proto, length)
        out["l4"] = l4(proto, seg, None if proto == 1 else pseudo)
    elif etype == 0x86DD:
        plen = struct.unpack_from("!H", frame, at + 4)[0]
        nh = frame[at + 6]
        src, dst = frame[at + 8:at + 24], frame[at + 24:at + 40]
        end = at + 40 + plen
        p = at + 40
        while nh in (0, 43, 44, 60):
            ext_len = 8 if nh == 44 else (frame[p + 1] + 1) * 8
            if nh == 43:
                rtype, left = frame[p + 2], frame[p + 3]
                addrs = [frame[q:q + 16] for q in range(p + 8, p + ext_len, 16)]
                if left and addrs and rtype in (0, 2):
                    dst = addrs[-1]
                elif left and addrs and rtype == 4:
                    dst = addrs[0]
            if nh == 44 and (struct.unpack_from("!H", frame, p + 2)[0] & 0xFFF9):
                return out
            nh = frame[p]
            p += ext_len
        seg = frame[p:end]
        length = len(seg)
        if nh == 17:
            length = struct.unpack_from("!H", seg, 4)[0]
            if length < 8 or length > len(seg):
                return out
            seg = seg[:length]
        pseudo = src + dst + struct.pack("!IxxxB", length, nh)
        out["l4"] = l4(nh, seg, pseudo)
    return out


def safe_walk(frame):
    """A frame whose headers run past its end has nothing the reference can judge."""
    try:
        return walk(frame)
    except (struct.error, IndexError):
        return {"ip": None, "l4": None}


def main():
    frames = json.load(sys.stdin)
    print(json.dumps([safe_walk(bytes.fromhex(h)) for h in frames]))


if __name__ == "__main__":
    main()
