; about: `r3 |= 8` on -1 or 0 (from `r3 s>>= 63`) forks as the kernel's maybe_fork_scalars does: the pushed path runs the instruction again with r3 = 0 and gets 8 (a path given 0 after it would be the CVE-2026-31413 bug), the other gets -1
; type: xdp
  call 7
  r3 = r0
  r3 <<= 32
  r3 s>>= 63
  r3 |= 8
  if r3 s< 0 goto out
  r2 = r10
  r2 += -16
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
out:
  r0 = 0
  exit
