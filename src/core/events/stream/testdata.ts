// A program and a template the stream tests share: an XDP program that counts TCP packets per
// destination port in a hash map and drops port 22 with a bpf_printk line.

export const PORT_COUNTER = `
.section xdp
.map ports, type=hash, key_size=4, value_size=8, max_entries=1024
  r6 = r1
  r2 = *(u32 *)(r6 + 4)
  r1 = *(u32 *)(r6 + 0)
  r3 = r1
  r3 += 54
  r0 = 2
  if r3 > r2 goto out
  r4 = *(u16 *)(r1 + 36)
  r4 = be16 r4
  *(u32 *)(r10 - 4) = r4
  r7 = r4
  r1 = map[ports] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto insert
  r1 = 1
  lock *(u64 *)(r0 + 0) += r1
  goto verdict
insert:
  *(u64 *)(r10 - 16) = 1
  r1 = map[ports] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
verdict:
  r0 = 2
  if r7 != 22 goto out
  r1 = 0x0a706f7264 ll
  *(u64 *)(r10 - 24) = r1
  r1 = r10
  r1 += -24
  r2 = 6
  call bpf_trace_printk
  r0 = 1
out:
  exit
`;

export const PORT_TEMPLATE = {
  packet: "tcp_syn",
  fields: {
    "ipv4.src": { range: ["10.0.0.1", "10.0.0.200"] },
    "tcp.dstPort": { list: [80, 443, 22, 8080] },
    "tcp.srcPort": { range: [1024, 65535] },
  },
};
