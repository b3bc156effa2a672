; about: a loop that compares a stack pointer 12 times per pass: each comparison is an entry of the kernel's
; about: history (INSN_F_DST_REG_STACK), so over 40 entries force a state sooner
; type: socket_filter
  r6 = 0
  r7 = 0
  r2 = r10
  r2 += -8
loop:
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  *(u64 *)(r10 - 16) = r7
  r7 = *(u64 *)(r10 - 16)
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  if r2 == 0 goto out
  r6 += 1
  if r6 < 30 goto loop
out:
  r0 = 0
  exit
