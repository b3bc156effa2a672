; about: a map created with BPF_F_RDONLY_PROG (0x80) cannot be written by the program
; type: xdp
; map: m:array:4:8:1:0x80

  *(u32 *)(r10 - 4) = 0
  r1 = map[m] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto out
  *(u64 *)(r0 + 0) = 1
out:
  r0 = 0
  exit
