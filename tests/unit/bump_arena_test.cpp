#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <thread>
#include <utility>
#include <vector>

#include "cli/bump_arena.hpp"

using careerplan::cli::BumpArena;
using careerplan::cli::FreeLists;

namespace {

alignas(BumpArena::k_align) char g_block[4096];

bool aligned(const void* p) { return reinterpret_cast<std::uintptr_t>(p) % BumpArena::k_align == 0; }

}  // namespace

TEST_SUITE("bump arena") {
  TEST_CASE("hands out aligned, disjoint blocks front to back, then nullptr") {
    BumpArena arena(g_block, sizeof g_block);
    void* a = arena.allocate(1);
    void* b = arena.allocate(17);
    void* c = arena.allocate(0);
    REQUIRE(a != nullptr);
    CHECK(a == g_block);
    CHECK(b == g_block + 16);
    CHECK(c == g_block + 48);  // 17 bytes take 32; a zero-byte block still gets its own address
    CHECK((aligned(a) && aligned(b) && aligned(c)));
    CHECK(arena.used() == 64);
    CHECK(arena.allocate(4096 - 64) != nullptr);
    CHECK(arena.allocate(1) == nullptr);  // full: the caller falls back to malloc
    CHECK(arena.used() == 4096);
  }

  TEST_CASE("a block larger than the arena, or so large that rounding would overflow, is refused") {
    BumpArena arena(g_block, sizeof g_block);
    CHECK(arena.allocate(4097) == nullptr);
    CHECK(arena.allocate(std::numeric_limits<std::size_t>::max()) == nullptr);
    CHECK(arena.allocate(std::numeric_limits<std::size_t>::max() - 3) == nullptr);
    CHECK(arena.used() == 0);
    CHECK(arena.allocate(4096) == g_block);
  }

  TEST_CASE("only the last block is taken back, and only with its size") {
    BumpArena arena(g_block, sizeof g_block);
    void* a = arena.allocate(40);
    void* b = arena.allocate(40);
    arena.release(a, 40);  // not the last: spent
    CHECK(arena.used() == 96);
    arena.release(b, 0);  // size unknown: spent
    CHECK(arena.used() == 96);
    arena.release(b, 33);  // 33 and 40 both round to 48
    CHECK(arena.used() == 48);
    CHECK(arena.allocate(8) == b);  // reused
  }

  TEST_CASE("owns exactly its block") {
    BumpArena arena(g_block, sizeof g_block);
    CHECK(arena.owns(g_block));
    CHECK(arena.owns(g_block + 4095));
    CHECK_FALSE(arena.owns(g_block + 4096));
    CHECK_FALSE(arena.owns(nullptr));
    int outside = 0;
    CHECK_FALSE(arena.owns(&outside));
  }

  TEST_CASE("threads allocating at once get disjoint blocks that fill the arena exactly") {
    BumpArena arena(g_block, sizeof g_block);
    std::vector<std::pair<std::uintptr_t, int>> got[2];
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
      threads.emplace_back([&arena, &list = got[t], t] {
        for (;;) {
          void* p = arena.allocate(16);
          if (p == nullptr) return;
          std::memset(p, t, 16);
          list.emplace_back(reinterpret_cast<std::uintptr_t>(p), t);
        }
      });
    }
    for (auto& thread : threads) thread.join();
    std::vector<std::pair<std::uintptr_t, int>> all = got[0];
    all.insert(all.end(), got[1].begin(), got[1].end());
    std::sort(all.begin(), all.end());
    REQUIRE(all.size() == 4096 / 16);
    for (std::size_t i = 0; i < all.size(); ++i) {
      CHECK(all[i].first == reinterpret_cast<std::uintptr_t>(g_block) + 16 * i);
      CHECK(g_block[16 * i] == static_cast<char>(all[i].second));  // nobody wrote over another's block
    }
  }

  TEST_CASE("freed small blocks are reused by size, last freed first; large ones are not kept") {
    BumpArena arena(g_block, sizeof g_block);
    FreeLists freed;
    void* a = arena.allocate(24);
    void* b = arena.allocate(24);
    void* big = arena.allocate(FreeLists::k_largest + 1);
    CHECK(freed.pop(24) == nullptr);
    CHECK(freed.push(a, 24));
    CHECK(freed.push(b, 17));  // 17 and 24 share the 32-byte size
    CHECK(freed.pop(8) == nullptr);   // another size
    CHECK(freed.pop(40) == nullptr);
    CHECK(freed.pop(32) == b);
    CHECK(freed.pop(25) == a);
    CHECK(freed.pop(32) == nullptr);
    CHECK_FALSE(freed.push(big, FreeLists::k_largest + 1));
    CHECK_FALSE(freed.push(a, 0));  // size unknown
    CHECK(freed.push(a, FreeLists::k_largest - 3));
    CHECK(freed.pop(FreeLists::k_largest) == a);
    CHECK(freed.pop(FreeLists::k_largest + 1) == nullptr);
  }
}
