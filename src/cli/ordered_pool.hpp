#pragma once
// A fixed pool of worker threads whose results come out in submission order, with at most
// `window` items submitted but not yet emitted, so memory stays constant however long the stream.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace careerplan::cli {

template <typename In, typename Out>
class OrderedPool {
public:
  using Work = std::function<Out(In&)>;
  using Emit = std::function<void(Out&)>;
  using Idle = std::function<void()>;

  // `work` runs on the workers; `emit` and `idle` (called when the next result is slow to come)
  // run on one emitter thread, never concurrently.
  OrderedPool(unsigned workers, std::size_t window, Work work, Emit emit, Idle idle = [] {})
      : m_work(std::move(work)), m_emit(std::move(emit)), m_idle(std::move(idle)), m_ring(window) {
    for (unsigned i = 0; i < workers; ++i) m_threads.emplace_back([this] { work_loop(); });
    m_threads.emplace_back([this] { emit_loop(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() {
    if (m_threads.empty()) return;
    {
      std::lock_guard lock(m_mutex);
      m_failed = true;  // abandoned by an exception in the submitting thread
    }
    wake_all();
    for (auto& t : m_threads) t.join();
  }

  // Blocks while the window is full. Throws the first exception of work or emit, if any.
  void submit(In item) {
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [&] { return m_submitted - m_emitted < m_ring.size() || m_failed; });
    if (m_failed) {
      lock.unlock();
      finish();
      return;
    }
    m_tasks.emplace_back(m_submitted++, std::move(item));
    m_has_task.notify_one();
  }

  // Waits until every submitted item is emitted; rethrows the first exception of work or emit.
  void finish() {
    {
      std::lock_guard lock(m_mutex);
      m_closed = true;
    }
    wake_all();
    for (auto& t : m_threads) t.join();
    m_threads.clear();
    if (m_error) std::rethrow_exception(std::exchange(m_error, nullptr));
  }

private:
  void wake_all() {
    m_has_task.notify_all();
    m_ready.notify_all();
    m_room.notify_all();
  }

  void fail(std::exception_ptr e) {
    {
      std::lock_guard lock(m_mutex);
      if (!m_error) m_error = std::move(e);
      m_failed = true;
    }
    wake_all();
  }

  void work_loop() {
    for (;;) {
      std::unique_lock lock(m_mutex);
      m_has_task.wait(lock, [&] { return !m_tasks.empty() || m_closed || m_failed; });
      if (m_failed || m_tasks.empty()) return;
      auto [seq, item] = std::move(m_tasks.front());
      m_tasks.pop_front();
      lock.unlock();
      std::optional<Out> out;
      try {
        out.emplace(m_work(item));
      } catch (...) {
        fail(std::current_exception());
        return;
      }
      lock.lock();
      m_ring[seq % m_ring.size()] = std::move(out);
      if (seq == m_emitted) m_ready.notify_one();
    }
  }

  void emit_loop() {
    constexpr auto k_idle_after = std::chrono::milliseconds(20);
    for (;;) {
      std::unique_lock lock(m_mutex);
      auto& slot = m_ring[m_emitted % m_ring.size()];
      const auto done = [&] { return slot.has_value() || m_failed || (m_closed && m_emitted == m_submitted); };
      if (!m_ready.wait_for(lock, k_idle_after, done)) {
        lock.unlock();
        if (!call([&] { m_idle(); })) return;
        continue;
      }
      if (m_failed) return;
      if (!slot.has_value()) {
        lock.unlock();
        call([&] { m_idle(); });
        return;
      }
      Out out = std::move(*slot);
      slot.reset();
      lock.unlock();
      if (!call([&] { m_emit(out); })) return;
      lock.lock();
      ++m_emitted;
      m_room.notify_one();
    }
  }

  template <typename F>
  bool call(F&& f) {
    try {
      f();
      return true;
    } catch (...) {
      fail(std::current_exception());
      return false;
    }
  }

  Work m_work;
  Emit m_emit;
  Idle m_idle;
  std::mutex m_mutex;
  std::condition_variable m_has_task, m_ready, m_room;
  std::deque<std::pair<std::size_t, In>> m_tasks;
  std::vector<std::optional<Out>> m_ring;  // results waiting for their turn, by sequence number
  std::size_t m_submitted = 0;
  std::size_t m_emitted = 0;
  bool m_closed = false;
  bool m_failed = false;
  std::exception_ptr m_error;
  std::vector<std::thread> m_threads;
};

}  // namespace careerplan::cli
