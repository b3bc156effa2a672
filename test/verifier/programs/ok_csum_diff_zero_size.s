; about: bpf_csum_diff takes NULL and size 0 for its first buffer
; type: xdp

  *(u64 *)(r10 - 16) = 2
  r1 = 0
  r2 = 0
  r3 = r10
  r3 += -16
  r4 = 8
  r5 = 0
  call bpf_csum_diff
  exit
