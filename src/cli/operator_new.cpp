// The program's operator new and delete: the first allocations come from a bump arena in .bss,
// the rest from malloc. A run of careerplan makes about 1,200 small allocations and frees few of
// them before it exits; glibc's malloc and free took ~200 K of a `recommend`'s 3.3 M instructions
// (bench/RESULTS.md). A freed small block is reused for the next block of its size; other
// freed arena memory is not, so the arena is sized for one plan and a batch falls through to
// malloc after its first profiles. Sanitizer builds keep their own operator new, which checks
// every access.
#include <cstdlib>
#include <new>

#include "bump_arena.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define CAREERPLAN_OWN_NEW 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CAREERPLAN_OWN_NEW 0
#endif
#endif
#ifndef CAREERPLAN_OWN_NEW
#define CAREERPLAN_OWN_NEW 1
#endif

#if CAREERPLAN_OWN_NEW
namespace {

constexpr std::size_t k_arena_bytes = std::size_t{4} << 20;
alignas(careerplan::cli::BumpArena::k_align) char g_block[k_arena_bytes];  // untouched pages cost nothing
careerplan::cli::BumpArena g_arena{g_block, k_arena_bytes};
thread_local careerplan::cli::FreeLists t_freed;  // plain data: static TLS, no constructor

void* from_malloc(std::size_t n) {
  for (;;) {
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

}  // namespace

// libstdc++'s array, nothrow and sized forms call these two, so they are all that is replaced;
// the over-aligned forms keep libstdc++'s aligned_alloc and free, which pair with each other.
void* operator new(std::size_t n) {
  if (void* p = t_freed.pop(n)) return p;
  if (void* p = g_arena.allocate(n)) return p;
  return from_malloc(n);
}

void operator delete(void* p) noexcept {
  if (!g_arena.owns(p)) std::free(p);
}

void operator delete(void* p, std::size_t n) noexcept {
  if (g_arena.owns(p)) {
    if (!t_freed.push(p, n)) g_arena.release(p, n);
  } else {
    std::free(p);
  }
}
#endif
