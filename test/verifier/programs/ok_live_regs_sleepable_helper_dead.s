; about: bpf_copy_from_user in dead code of a kprobe: the kernel has its prototype there (and would
; refuse the call: it might sleep), so its live registers read its three arguments, not r1-r5
; type: kprobe
  r0 = 0
  if r0 != 0 goto bad
  exit
bad:
  call bpf_copy_from_user
  exit
