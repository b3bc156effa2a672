; about: bpf_probe_read_kernel from a stack buffer (0 and the bytes), and from address 8: -34 (ERANGE, a user address), the buffer zeroed
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r9 = map_value[out] + 0 ll
  r1 = 0x0807060504030201 ll
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -16
  r2 = 6
  r3 = r10
  r3 += -7
  *(u64 *)(r10 - 16) = 0
  call bpf_probe_read_kernel
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 8) = r1
  *(u64 *)(r10 - 16) = -1
  r1 = r10
  r1 += -16
  r2 = 8
  r3 = 8
  call bpf_probe_read_kernel
  *(u64 *)(r9 + 16) = r0
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 24) = r1
  r0 = 2
  exit
