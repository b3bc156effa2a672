; about: adding a fully unknown 64-bit scalar to a packet pointer
; type: xdp

  r6 = *(u32 *)(r1 + 0)
  call bpf_get_prandom_u32
  r0 <<= 32
  r6 += r0
  r0 = 0
  exit
