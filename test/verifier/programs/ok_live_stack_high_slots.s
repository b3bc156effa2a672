; about: stack liveness of the slots at the ends of each 32-slot half of the mask (fp-256, fp-264, fp-512): reads and whole-slot writes on two paths
; type: socket_filter

  *(u64 *)(r10 - 512) = 1
  *(u64 *)(r10 - 256) = 2
  call bpf_get_prandom_u32
  if r0 > 7 goto l1
  r1 = *(u64 *)(r10 - 256)
  *(u64 *)(r10 - 264) = r1
  r0 = *(u64 *)(r10 - 512)
  exit
l1:
  r1 = *(u64 *)(r10 - 264)
  *(u64 *)(r10 - 512) = r1
  r0 = *(u64 *)(r10 - 256)
  exit
