; about: bpf_csum_diff over two stack buffers
; type: xdp

  *(u64 *)(r10 - 8) = 1
  *(u64 *)(r10 - 16) = 2
  r1 = r10
  r1 += -8
  r2 = 8
  r3 = r10
  r3 += -16
  r4 = 8
  r5 = 0
  call bpf_csum_diff
  exit
