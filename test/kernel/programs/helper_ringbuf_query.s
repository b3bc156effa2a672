; about: bpf_ringbuf_query: available data, ring size, consumer and producer positions, before and after records (8-byte header, padded to 8), and 0 for an unknown flag
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: rb:ringbuf:0:0:4096
; map: out:array:4:88:1

  r9 = map_value[out] + 0 ll
  r1 = map[rb] ll
  r2 = 0
  call bpf_ringbuf_query
  *(u64 *)(r9 + 0) = r0         ; 0
  r1 = map[rb] ll
  r2 = 1
  call bpf_ringbuf_query
  *(u64 *)(r9 + 8) = r0         ; 4096
  *(u64 *)(r10 - 8) = 7
  r1 = map[rb] ll
  r2 = r10
  r2 += -8
  r3 = 5
  r4 = 0
  call bpf_ringbuf_output
  r1 = map[rb] ll
  r2 = 0
  call bpf_ringbuf_query
  *(u64 *)(r9 + 16) = r0        ; 16
  r1 = map[rb] ll
  r2 = 20
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto fail
  r6 = r0
  *(u64 *)(r6 + 0) = 1
  *(u64 *)(r6 + 8) = 2
  *(u32 *)(r6 + 16) = 3
  r1 = map[rb] ll
  r2 = 0
  call bpf_ringbuf_query
  *(u64 *)(r9 + 24) = r0        ; 48: a reserved record counts
  r1 = map[rb] ll
  r2 = 2
  call bpf_ringbuf_query
  *(u64 *)(r9 + 32) = r0        ; 0: nothing consumed
  r1 = map[rb] ll
  r2 = 3
  call bpf_ringbuf_query
  *(u64 *)(r9 + 40) = r0        ; 48
  r1 = r6
  r2 = 0
  call bpf_ringbuf_submit
  r1 = map[rb] ll
  r2 = 3
  call bpf_ringbuf_query
  *(u64 *)(r9 + 48) = r0        ; 48
  r1 = map[rb] ll
  r2 = 5
  call bpf_ringbuf_query
  *(u64 *)(r9 + 56) = r0        ; 0: not a query
  r1 = map[rb] ll
  r2 = 99
  call bpf_ringbuf_query
  *(u64 *)(r9 + 64) = r0        ; 0
  r0 = 2
  exit
fail:
  r0 = 0
  exit
