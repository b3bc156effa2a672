; about: bpf_copy_from_user in a (sleepable) syscall program: an address with no user memory behind it fails with -EFAULT and a zeroed buffer
; type: syscall
; ctx: 0010000000000000

  r6 = r1
  r1 = 0x5555
  *(u64 *)(r10 - 8) = r1
  r1 = r10
  r1 += -8
  r2 = 8
  r3 = *(u64 *)(r6 + 0)         ; 0x1000
  call bpf_copy_from_user
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r6 + 0) = r1         ; zeroed, back in the context
  exit
