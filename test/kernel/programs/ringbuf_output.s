; about: bpf_ringbuf_output: two records (8 and 5 bytes; the 5 is padded in the ring, not in the record)
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: rb:ringbuf:0:0:4096

  r1 = 0x1122334455667788 ll
  *(u64 *)(r10 - 8) = r1
  r1 = map[rb] ll
  r2 = r10
  r2 += -8
  r3 = 8
  r4 = 0
  call bpf_ringbuf_output
  r6 = r0
  r1 = map[rb] ll
  r2 = r10
  r2 += -8
  r3 = 5
  r4 = 0
  call bpf_ringbuf_output
  r0 += r6
  r0 += 2
  exit
