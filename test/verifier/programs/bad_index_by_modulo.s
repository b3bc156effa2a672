; about: the kernel does not bound x % 8 (it tracks no ranges through BPF_MOD), so the index is unbounded
; type: xdp
; map: m:array:4:64:1

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  r6 = r0
  call bpf_get_prandom_u32
  r0 %= 8
  r0 <<= 3
  r6 += r0
  r0 = *(u64 *)(r6 + 0)
  exit
out:
  r0 = 0
  exit
