; about: bpf_snprintf with a format in a frozen read-only map (.rodata): %d, %08x, a space and +/- flags with widths, %llx of -1, %c, %s of the packet's payload, %pI4 and %pks of bytes in the map, %%; the same truncated to 4 bytes and counted only (NULL, 0); bpf_strncmp of constant strings (less, greater, equal within its size)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: rodata:array:4:96:1:0x80
; map: out:array:4:112:1
; init: rodata:00000000:25647c253038787c252035647c252d2b35647c256c6c787c25637c25737c257049347c25706b737c25250000000000000000000000000000000000000000000068656c6c6f00000068656c6c700000000a010203000000000000000000000000
; freeze: rodata

  r7 = *(u32 *)(r1 + 0)
  r8 = *(u32 *)(r1 + 4)
  r1 = r7
  r1 += 60
  if r1 > r8 goto drop
  r9 = r7
  r9 += 42                      ; the UDP payload, "hello, bpfplay!!" then a NUL
  r1 = -5
  *(u64 *)(r10 - 72) = r1
  r1 = 0xbeef
  *(u64 *)(r10 - 64) = r1
  r1 = 42
  *(u64 *)(r10 - 56) = r1
  r1 = 7
  *(u64 *)(r10 - 48) = r1
  r1 = -1
  *(u64 *)(r10 - 40) = r1
  r1 = 65
  *(u64 *)(r10 - 32) = r1
  *(u64 *)(r10 - 24) = r9
  r1 = map_value[rodata] + 80 ll
  *(u64 *)(r10 - 16) = r1
  r1 = map_value[rodata] + 64 ll
  *(u64 *)(r10 - 8) = r1
  *(u32 *)(r10 - 76) = 0
  r1 = map[out] ll
  r2 = r10
  r2 += -76
  call bpf_map_lookup_elem
  if r0 == 0 goto drop
  r6 = r0
  r1 = r6
  r2 = 64
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -72
  r5 = 72
  call bpf_snprintf
  *(u64 *)(r6 + 72) = r0
  r1 = r6
  r1 += 64
  r2 = 4
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -72
  r5 = 72
  call bpf_snprintf
  *(u64 *)(r6 + 80) = r0
  r1 = 0
  r2 = 0
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -72
  r5 = 72
  call bpf_snprintf
  *(u64 *)(r6 + 88) = r0
  r1 = map_value[rodata] + 64 ll
  r2 = 6
  r3 = map_value[rodata] + 72 ll
  call bpf_strncmp
  *(u64 *)(r6 + 96) = r0
  r1 = map_value[rodata] + 72 ll
  r2 = 6
  r3 = map_value[rodata] + 64 ll
  call bpf_strncmp
  *(u64 *)(r6 + 104) = r0
  r1 = map_value[rodata] + 64 ll
  r2 = 4
  r3 = map_value[rodata] + 72 ll
  call bpf_strncmp
  r1 = r0
  r0 = 2                        ; XDP_PASS when equal within 4 bytes, XDP_TX otherwise
  if r1 == 0 goto done
  r0 = 3
done:
  exit
drop:
  r0 = 1
  exit
