; about: bpf_ringbuf_reserve, then submit one record and discard another: both stay in the ring, one marked
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: rb:ringbuf:0:0:4096

  r1 = map[rb] ll
  r2 = 16
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto fail
  r1 = 0xabcdef ll
  *(u64 *)(r0 + 0) = r1
  *(u64 *)(r0 + 8) = 7
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
  r1 = map[rb] ll
  r2 = 8
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto fail
  *(u64 *)(r0 + 0) = 0x55
  r1 = r0
  r2 = 0
  call bpf_ringbuf_discard
  r1 = map[rb] ll
  r2 = 4
  r3 = 0
  call bpf_ringbuf_reserve
  if r0 == 0 goto fail
  *(u32 *)(r0 + 0) = 0x66
  r1 = r0
  r2 = 0
  call bpf_ringbuf_submit
  r0 = 2
  exit
fail:
  r0 = 1
  exit
