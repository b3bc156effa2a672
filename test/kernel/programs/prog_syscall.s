; about: a syscall program's context is the bytes user space passes (ctx_in), read and written at any aligned offset; BPF_PROG_TEST_RUN copies them back; a map update from it
; type: syscall
; ctx: 0100000000000000 0200000000000000 0000000000000000 00000000 aabbccdd
; map: seen:hash:4:8:4

  r6 = r1
  r2 = *(u64 *)(r6 + 0)
  r3 = *(u64 *)(r6 + 8)
  r2 += r3
  *(u64 *)(r6 + 16) = r2
  r4 = *(u32 *)(r6 + 28)
  *(u32 *)(r6 + 24) = r4
  *(u32 *)(r10 - 4) = 1
  *(u64 *)(r10 - 16) = r2
  r1 = map[seen] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r0 = *(u64 *)(r6 + 16)
  r0 += 40
  exit
