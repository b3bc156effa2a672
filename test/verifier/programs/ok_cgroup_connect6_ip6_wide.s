; about: a cgroup/connect6 program reads and writes user_ip6 eight bytes at a time (at offsets 8 and 16), and reads a byte of its last word
; type: cgroup/connect6

  r2 = *(u64 *)(r1 + 8)
  r3 = *(u64 *)(r1 + 16)
  r4 = *(u8 *)(r1 + 23)
  *(u64 *)(r1 + 16) = r2
  *(u64 *)(r1 + 8) = r3
  r0 = 1
  exit
