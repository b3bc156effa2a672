; about: an atomic add at a variable offset into the stack: its read fills no register, and such a read must be at a constant offset (check_stack_read: 'variable offset stack pointer cannot be passed into helper function', words shared with helpers); bpfplay accepted it, the fetching form too
; type: socket_filter
  r2 = *(u32 *)(r1 + 0)
  r2 &= 8
  r4 = 5
  *(u64 *)(r10 - 8) = r4
  *(u64 *)(r10 - 16) = 0
  r3 = r10
  r3 += -16
  r3 += r2
  r5 = 1
  lock *(u64 *)(r3 + 0) += r5
  r6 = *(u64 *)(r10 - 8)
  r7 = *(u64 *)(r10 - 16)
  r0 = 0
  exit
