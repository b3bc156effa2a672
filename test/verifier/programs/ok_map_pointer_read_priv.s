; about: a privileged program may read the kernel's struct bpf_map through the map pointer (BTF-typed access)
; type: xdp
; map: m:hash:4:8:16

  r1 = map[m] ll
  r0 = *(u64 *)(r1 + 0)
  exit
