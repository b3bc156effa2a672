; about: bpf_snprintf writes its output into initialised memory (ARG_PTR_TO_MEM with MEM_WRITE, no raw mode): each byte is clobbered as check_stack_range_initialized does, so writing the zeroed upper half of a slot holding a 4-byte spill makes those bytes data and leaves the spill (the fill after the call is 5); uninitialised memory (bpf_skb_load_bytes) is written a byte at a time and would make the whole slot data
; type: raw_tracepoint
; map: rodata:array:4:16:1:0x80
; init: rodata:00000000:2564202573210a000000000000000000
; freeze: rodata
  r6 = 0
  *(u64 *)(r10 - 24) = r6
  *(u64 *)(r10 - 32) = r6
  r7 = 5
  *(u64 *)(r10 - 48) = 0
  *(u32 *)(r10 - 48) = r7
  r1 = r10
  r1 += -44
  r2 = 4
  r3 = map_value[rodata] ll
  r4 = r10
  r4 += -32
  r5 = 16
  call bpf_snprintf
  r8 = *(u32 *)(r10 - 48)
  r0 = 0
  exit
