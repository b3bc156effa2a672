; about: comparing r0 with a register that holds 0 is not a null check for the kernel (only an immediate 0 is)
; type: xdp
; map: m:hash:4:8:16

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  r1 = 0
  if r0 == r1 goto out
  r0 = *(u64 *)(r0 + 0)
  exit
out:
  r0 = 0
  exit
