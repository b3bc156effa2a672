; about: bpf_xdp_adjust_head invalidates every packet pointer taken before it
; type: xdp

  r6 = r1
  r7 = *(u32 *)(r1 + 0)
  r8 = *(u32 *)(r1 + 4)
  r2 = r7
  r2 += 14
  if r2 > r8 goto out
  r1 = r6
  r2 = 4
  call bpf_xdp_adjust_head
  r0 = *(u8 *)(r7 + 0)
  exit
out:
  r0 = 0
  exit
