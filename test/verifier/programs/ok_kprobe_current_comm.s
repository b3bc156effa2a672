; about: bpf_get_current_comm fills 16 stack bytes, which may then be read
; type: kprobe

  r1 = r10
  r1 += -16
  r2 = 16
  call bpf_get_current_comm
  r0 = *(u64 *)(r10 - 16)
  exit
