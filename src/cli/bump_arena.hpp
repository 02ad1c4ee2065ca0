#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>

namespace careerplan::cli {

// A fixed block handed out front to back, for a process that lives a moment. allocate() returns
// 16-byte-aligned memory or nullptr once the block is used up (the caller then asks malloc).
// release() takes a block back only when it is the last one handed out (a temporary freed at
// once); any other release is a no-op, so the block's bytes are spent at most once. Safe to use
// from several threads: the only state is one atomic offset.
class BumpArena {
 public:
  static constexpr std::size_t k_align = 16;

  BumpArena(char* block, std::size_t size) : m_block(block), m_size(size) {}

  [[nodiscard]] void* allocate(std::size_t n) noexcept {
    if (n > m_size) return nullptr;  // and rounding cannot overflow
    const std::size_t size = rounded(n);
    std::size_t at = m_used.load(std::memory_order_relaxed);
    do {
      if (size > m_size - at) return nullptr;
    } while (!m_used.compare_exchange_weak(at, at + size, std::memory_order_relaxed));
    return m_block + at;
  }

  // `n` is the size it was allocated with, or 0 when unknown (then it is never taken back).
  void release(void* p, std::size_t n) noexcept {
    if (n == 0) return;
    const std::size_t at = static_cast<std::size_t>(static_cast<char*>(p) - m_block);
    std::size_t end = at + rounded(n);
    m_used.compare_exchange_strong(end, at, std::memory_order_relaxed);
  }

  [[nodiscard]] bool owns(const void* p) const noexcept {
    const auto a = reinterpret_cast<std::uintptr_t>(p);
    const auto b = reinterpret_cast<std::uintptr_t>(m_block);
    return a - b < m_size;  // unsigned: below the block wraps to a large value
  }

  [[nodiscard]] std::size_t used() const noexcept { return m_used.load(std::memory_order_relaxed); }

  static constexpr std::size_t rounded(std::size_t n) noexcept {
    return n == 0 ? k_align : (n + k_align - 1) & ~(k_align - 1);
  }

 private:
  char* m_block;
  std::size_t m_size;
  std::atomic<std::size_t> m_used{0};
};

// Freed small blocks by rounded size, for reuse by the next allocation of that size: what keeps
// a run's temporaries from touching fresh pages. One per thread (a block freed on another thread
// than made it simply joins that thread's lists), so there is nothing to lock. The lists live in
// the freed blocks themselves; a block is on at most one list.
class FreeLists {
 public:
  static constexpr std::size_t k_largest = 512;  // larger blocks are not reused

  // A freed block for `n` bytes, or nullptr.
  [[nodiscard]] void* pop(std::size_t n) noexcept {
    if (n > k_largest) return nullptr;
    Block*& head = m_heads[slot(n)];
    Block* b = head;
    if (b != nullptr) head = b->next;
    return b;
  }

  // Keeps `p`, a block made for `n` bytes (n > 0), for reuse; false when `n` is too large.
  bool push(void* p, std::size_t n) noexcept {
    if (n > k_largest || n == 0) return false;
    Block*& head = m_heads[slot(n)];
    head = new (p) Block{head};
    return true;
  }

 private:
  struct Block {
    Block* next;
  };
  static constexpr std::size_t slot(std::size_t n) noexcept { return BumpArena::rounded(n) / BumpArena::k_align - 1; }

  Block* m_heads[k_largest / BumpArena::k_align] = {};
};

}  // namespace careerplan::cli
