# ASan + UBSan for the whole build; UBSan findings abort so ctest sees them as failures.
if(CAREERPLAN_SANITIZE OR CAREERPLAN_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
