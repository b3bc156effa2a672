; about: a full ring: reserve of more than is free gives NULL, output that does not fit -11 (EAGAIN); the ring never fills to the last byte
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: rb:ringbuf:0:0:4096
; map: out:array:4:40:1

  r9 = map_value[out] + 0 ll
  r1 = map[rb] ll
  r2 = 4000
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto none
  *(u64 *)(r0 + 0) = 1
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
  *(u64 *)(r9 + 0) = 1
none:
  r1 = map[rb] ll
  r2 = 200
  r3 = 0
  call bpf_ringbuf_reserve
  *(u64 *)(r9 + 8) = r0         ; NULL: 4000 + 8 + 200 + 8 > 4096
  if r0 == 0 goto out
  r1 = r0
  r2 = 0
  call bpf_ringbuf_discard
out:
  r1 = 0
  r2 = r10
  r2 += -64
fill:
  *(u64 *)(r2 + 0) = r1
  r1 += 1
  r2 += 8
  if r1 < 8 goto fill
  r1 = map[rb] ll
  r2 = r10
  r2 += -64
  r3 = 8
  r4 = 0
  call bpf_ringbuf_output
  *(u64 *)(r9 + 16) = r0         ; 4008 + 16 = 4024 bytes used: fits
  r1 = map[rb] ll
  r2 = r10
  r2 += -64
  r3 = 64
  r4 = 0
  call bpf_ringbuf_output
  *(u64 *)(r9 + 24) = r0         ; 4024 + 72 = 4096, the whole ring: refused
  r1 = map[rb] ll
  r2 = r10
  r2 += -64
  r3 = 56
  r4 = 0
  call bpf_ringbuf_output
  *(u64 *)(r9 + 32) = r0         ; 4024 + 64 = 4088
  r0 = 0
  exit
