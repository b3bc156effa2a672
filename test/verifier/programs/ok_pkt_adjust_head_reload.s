; about: after bpf_xdp_adjust_head the program reloads data and data_end and checks again
; type: xdp

  r6 = r1
  r2 = -4
  call bpf_xdp_adjust_head
  if r0 != 0 goto out
  r2 = *(u32 *)(r6 + 0)
  r3 = *(u32 *)(r6 + 4)
  r4 = r2
  r4 += 4
  if r4 > r3 goto out
  *(u32 *)(r2 + 0) = 0
  r0 = 2
  exit
out:
  r0 = 1
  exit
