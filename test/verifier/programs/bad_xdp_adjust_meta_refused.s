; about: bpf_xdp_adjust_meta, refused to XDP by the reference kernel (6.18.44 as these machines run it;
; upstream 6.18 allows it): bpfplay refuses it with the kernel's message
; type: xdp

  r6 = r1
  r2 = -4
  call bpf_xdp_adjust_meta
  if r0 != 0 goto out
  r2 = *(u32 *)(r6 + 8)
  r3 = *(u32 *)(r6 + 0)
  r4 = r2
  r4 += 4
  if r4 > r3 goto out
  *(u32 *)(r2 + 0) = 42
out:
  r0 = 2
  exit
