; about: bpf_probe_read_kernel into the stack from an address in pt_regs
; type: kprobe

  r3 = *(u64 *)(r1 + 112)
  r1 = r10
  r1 += -8
  r2 = 8
  call bpf_probe_read_kernel
  r0 = 0
  exit
