# Start-up runs code from all over the 2 MB program, and each 64 KB of it the kernel maps costs a
# page fault. With GCC's function sections and GNU gold's section ordering, the functions the
# everyday commands run (a list scripts/link-order.sh makes) are placed side by side: the same
# start-up then faults in fewer pages (bench/RESULTS.md). Every program of the build is linked
# with gold, so bench's floor is linked the same way as careerplan. Off without gold, and in
# sanitizer and fuzz builds, where layout does not matter.
option(CAREERPLAN_LINK_ORDER "Place the functions start-up runs side by side (GCC and GNU gold)" ON)
set(CAREERPLAN_LINK_ORDER_ACTIVE OFF)
if(CAREERPLAN_LINK_ORDER AND NOT CAREERPLAN_SANITIZE AND NOT CAREERPLAN_FUZZ
   AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  include(CheckLinkerFlag)
  check_linker_flag(CXX "-fuse-ld=gold" CAREERPLAN_HAVE_GOLD)
  if(CAREERPLAN_HAVE_GOLD)
    add_compile_options(-ffunction-sections)
    add_link_options(-fuse-ld=gold)
    set(CAREERPLAN_LINK_ORDER_ACTIVE ON)
  endif()
endif()

# careerplan_link_order(TARGET FILE): link TARGET with FILE's sections first, in its order.
function(careerplan_link_order target file)
  if(CAREERPLAN_LINK_ORDER_ACTIVE)
    target_link_options(${target} PRIVATE -Wl,--section-ordering-file=${file})
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${file})
  endif()
endfunction()
