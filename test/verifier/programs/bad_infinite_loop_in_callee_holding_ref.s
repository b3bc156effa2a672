; about: an endless loop in a function called while a socket reference is held: the states print
; the reference (refs=N) in every frame's line, as the kernel's print_verifier_state does
; type: sched_cls
  *(u64 *)(r10 - 16) = 0
  *(u32 *)(r10 - 8) = 0
  r2 = r10
  r2 += -16
  r3 = 12
  r4 = -1
  r5 = 0
  call bpf_sk_lookup_tcp
  if r0 == 0 goto out
  r6 = r0
  call f
  r1 = r6
  call bpf_sk_release
out:
  r0 = 0
  exit
f:
  r0 = 0
loop:
  r1 = 0
  if r0 == 0 goto loop
  exit
