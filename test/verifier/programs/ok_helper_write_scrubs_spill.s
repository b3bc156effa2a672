; about: a helper writing into the stack: where it may find the memory uninitialised, at a known offset, it writes a byte at a time, and a byte in a slot holding a spill (of 0 too) makes that whole slot data (fp-24, fp-16); at a variable offset the memory is checked byte by byte as initialised and clobbered: zeroed bytes become data, a byte of a spill makes its whole slot data (fp-32, a spill of 0), but the upper bytes of a narrow spill leave the spill (fp-48 still fills as the register)
; type: socket_filter
  r6 = r1
  r2 = 7
  *(u64 *)(r10 - 8) = r2
  *(u64 *)(r10 - 16) = r6
  *(u64 *)(r10 - 24) = 0
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -20
  r4 = 8
  call bpf_skb_load_bytes
  r7 = *(u32 *)(r10 - 24)
  r2 = *(u32 *)(r6 + 0)
  r2 &= 0xff
  *(u64 *)(r10 - 32) = 0
  *(u64 *)(r10 - 40) = 0
  *(u64 *)(r10 - 48) = 0
  *(u32 *)(r10 - 48) = r2
  r8 = *(u32 *)(r6 + 4)
  r8 &= 16
  r1 = r6
  r2 = 0
  r3 = r10
  r3 += -44
  r3 += r8
  r4 = 4
  call bpf_skb_load_bytes
  r7 = *(u32 *)(r10 - 32)
  r8 = *(u32 *)(r10 - 40)
  r9 = *(u32 *)(r10 - 48)
  if r9 > 9 goto out
  r0 = *(u32 *)(r10 - 48)
out:
  r0 = 0
  exit
