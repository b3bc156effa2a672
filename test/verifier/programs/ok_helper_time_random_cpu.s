; about: helpers without arguments
; type: xdp

  call bpf_ktime_get_ns
  r6 = r0
  call bpf_get_prandom_u32
  r6 += r0
  call bpf_get_smp_processor_id
  r0 += r6
  exit
