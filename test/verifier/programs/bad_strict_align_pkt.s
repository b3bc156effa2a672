; about: with BPF_F_STRICT_ALIGNMENT, a u32 at data + 1 is misaligned (NET_IP_ALIGN makes data 2 mod 4)
; type: xdp
; strict_align: true

  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 8
  if r4 > r3 goto out
  r0 = *(u32 *)(r2 + 1)
  exit
out:
  r0 = 0
  exit
