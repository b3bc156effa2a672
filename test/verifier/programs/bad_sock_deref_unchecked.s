; about: reading a looked-up socket before its null check
; type: xdp

  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_skc_lookup_tcp
  r1 = *(u32 *)(r0 + 4)
  r1 = r0
  call bpf_sk_release
  r0 = 2
  exit
