; about: bpf_loop with a correct callback: the kernel wants BTF func_info for programs with callbacks, and a bare bytecode load has none
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r1 = 10
  r2 = func[cb] ll
  r3 = r10
  r3 += -8
  r4 = 0
  call bpf_loop
  r0 = *(u64 *)(r10 - 8)
  exit
cb:
  r3 = *(u64 *)(r2 + 0)
  r3 += 1
  *(u64 *)(r2 + 0) = r3
  r0 = 0
  exit
