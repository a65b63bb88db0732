# Warnings and floating-point rules for gdlab's own targets (not for dependencies).
# -ffp-contract=off: no fused multiply-add, so results match numpy bit for bit
# wherever numpy itself does not use BLAS.
function(gdlab_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -ffp-contract=off)
endfunction()
