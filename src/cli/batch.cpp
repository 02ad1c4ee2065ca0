#include "batch.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <utility>

#include "careerplan/base/input.hpp"
#include "careerplan/load/profile_loader.hpp"
#include "careerplan/render/render_plan.hpp"
#include "context.hpp"
#include "ordered_pool.hpp"
#include "profile_inputs.hpp"

namespace careerplan::cli {

namespace {

constexpr std::size_t k_flush_bytes = 64u * 1024u;
constexpr std::size_t k_results_per_worker = 4;  // the reorder window: enough to keep workers busy
// Records travel to the workers in chunks: one hand-over per record cost more in locking and
// thread wake-ups than a small profile's plan. A chunk closes at this many records or bytes.
constexpr std::size_t k_chunk_records = 16;
constexpr std::size_t k_chunk_bytes = 256u * 1024u;
constexpr auto k_progress_after = std::chrono::seconds(1);
constexpr auto k_progress_every = std::chrono::milliseconds(200);

struct Record {
  std::string name;  // "path", or "path:LINE" for a JSON Lines record
  std::string text;
  int line = 0;      // the record's line in its stream; 0 for a whole file
  std::vector<Diagnostic> problems;  // set when the input could not even be read
  ExitCode code = ExitCode::ok;
};

struct Outcome {
  std::string json;  // one line, or empty when the profile failed
  std::vector<Diagnostic> problems;
  ExitCode code = ExitCode::ok;
};

struct Task {
  std::vector<Record> records;
  std::size_t bytes = 0;
};

struct Result {
  std::vector<Outcome> outcomes;  // one per record, in order
};

// A record's own positions are line 1 of its text; report them as positions in the stream.
std::vector<Diagnostic> in_stream(std::vector<Diagnostic> problems, const Record& t, const std::string& stream) {
  if (t.line == 0) return problems;
  for (auto& d : problems) {
    if (d.where.file != t.name) continue;
    d.where.file = stream;
    d.where.line = d.where.line > 0 ? t.line + d.where.line - 1 : t.line;
  }
  return problems;
}

// Splits a stream into lines with a fixed buffer. A line longer than the input limit ends the
// stream: it is reported and nothing more is read, so a stream that never sends a newline
// (/dev/zero) costs at most the limit in time and no memory beyond it.
class LineReader {
public:
  LineReader(int fd, std::string name, std::size_t max_line)
      : m_fd(fd), m_name(std::move(name)), m_max_line(max_line) {}

  // The next line without its newline; false at end of stream. A last line without a newline counts.
  // `too_long`: the line passed the limit (its text is dropped) and the stream ends with it.
  bool next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    if (m_stopped) return false;
    bool any = false;
    for (;;) {
      if (m_pos == m_buf.size() && !fill()) return any;
      any = true;
      const char* start = m_buf.data() + m_pos;
      const std::size_t avail = m_buf.size() - m_pos;
      const auto* nl = static_cast<const char*>(std::memchr(start, '\n', avail));
      const std::size_t n = nl != nullptr ? static_cast<std::size_t>(nl - start) : avail;
      if (line.size() + n > m_max_line) {
        too_long = true;
        m_stopped = true;
        std::string().swap(line);
        return true;
      }
      line.append(start, n);
      m_pos += n;
      if (nl != nullptr) {
        ++m_pos;
        return true;
      }
    }
  }

  // True when a line can be taken without reading again (which may wait for the producer).
  [[nodiscard]] bool has_buffered() const { return m_pos < m_buf.size(); }

private:
  bool fill() {
    m_buf.resize(k_flush_bytes);
    m_pos = 0;
    for (;;) {
      const ssize_t got = ::read(m_fd, m_buf.data(), m_buf.size());
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) throw Failure(ExitCode::io, Location{m_name, 0, 0}, fmt::format("read error: {}", std::strerror(errno)));
      m_buf.resize(static_cast<std::size_t>(got));
      return got > 0;
    }
  }

  int m_fd;
  std::string m_name;
  std::size_t m_max_line;
  std::string m_buf;
  std::size_t m_pos = 0;
  bool m_stopped = false;  // a line passed the limit: the rest of the stream is not read
};

class Batch {
public:
  Batch(const BatchOptions& o, const Content& c)
      : m_o(o), m_c(c), m_related(c), m_tty(::isatty(STDERR_FILENO) == 1) {}

  int run() {
    unsigned jobs = m_o.jobs != 0 ? m_o.jobs : std::max(1u, std::thread::hardware_concurrency());
    m_start = std::chrono::steady_clock::now();
    OrderedPool<Task, Result> pool(
        jobs, jobs * k_results_per_worker, [this](Task& t) { return plan(t); }, [this](Result& r) { emit(r); },
        [this] { flush(); });
    for (const auto& input : m_o.inputs) {
      if (input == "-" || input.ends_with(".jsonl")) {
        stream(input, pool);
        continue;
      }
      std::vector<std::string> files;
      try {
        files = expand_profile_args({input});
      } catch (const Failure& f) {
        add(pool, failed(input, f));
        continue;
      }
      for (const auto& path : files) {
        try {
          TextFile file = read_input(path, m_o.max_input_bytes);
          add(pool, Record{std::move(file.name), std::move(file.text), 0, {}, ExitCode::ok});
        } catch (const Failure& f) {
          add(pool, failed(path, f));
        }
      }
    }
    submit(pool);
    pool.finish();
    flush();
    if (m_progress_shown) std::fprintf(stderr, "\r\033[K");
    return static_cast<int>(m_worst);
  }

private:
  // Adds a record to the chunk being filled, handing the chunk over when it is full.
  void add(OrderedPool<Task, Result>& pool, Record r) {
    m_chunk.bytes += r.text.size();
    m_chunk.records.push_back(std::move(r));
    if (m_chunk.records.size() >= k_chunk_records || m_chunk.bytes >= k_chunk_bytes) submit(pool);
  }

  void submit(OrderedPool<Task, Result>& pool) {
    if (m_chunk.records.empty()) return;
    pool.submit(std::exchange(m_chunk, Task{}));
  }

  static Record failed(const std::string& name, const Failure& f) {
    Record t;
    t.name = name;
    t.problems = f.diagnostics();
    t.code = f.code();
    return t;
  }

  // One JSON Lines stream: every non-blank line is a profile.
  void stream(const std::string& input, OrderedPool<Task, Result>& pool) {
    const bool is_stdin = input == "-";
    const std::string name = is_stdin ? "<stdin>" : input;
    int fd = STDIN_FILENO;
    if (!is_stdin) {
      fd = ::open(input.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
      struct stat st {};
      std::string problem;
      if (fd < 0) problem = std::strerror(errno);
      else if (::fstat(fd, &st) != 0) problem = std::strerror(errno);
      else if (S_ISDIR(st.st_mode)) problem = "is a directory";
      else if (!S_ISREG(st.st_mode)) problem = "is not a regular file (a FIFO, socket or device)";
      if (problem.empty() && ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) problem = std::strerror(errno);
      if (!problem.empty()) {
        if (fd >= 0) ::close(fd);
        add(pool, failed(input, Failure(ExitCode::no_input, Location{input, 0, 0}, problem)));
        return;
      }
    }
    struct Closer {
      int fd;
      ~Closer() {
        if (fd > STDIN_FILENO) ::close(fd);
      }
    } closer{fd};
    LineReader reader(fd, name, m_o.max_input_bytes);
    std::string line;
    bool too_long = false;
    for (int number = 1;; ++number) {
      // Before a read that may wait for a slow producer, hand over the records already read:
      // they are planned as they come, not once a chunk has filled.
      if (!reader.has_buffered()) submit(pool);
      if (!reader.next(line, too_long)) break;
      Record t;
      t.name = fmt::format("{}:{}", name, number);
      t.line = number;
      // A byte-order mark opens the stream, not the record: accepted as it is in YAML.
      if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
      if (too_long) {
        t.problems.push_back(Diagnostic{Location{name, number, 0},
                                        fmt::format("line is longer than the {} MiB limit; the rest of the stream is not read",
                                                    m_o.max_input_bytes >> 20),
                                        {"put one profile on each line; --max-file-size MIB raises the limit"}, 0});
        t.code = ExitCode::data;
      } else if (line.find_first_not_of(" \t\r") == std::string::npos) {
        continue;  // blank lines separate nothing and plan nothing
      }
      t.text = std::move(line);
      add(pool, std::move(t));
    }
  }

  Result plan(Task& task) const {
    Result result;
    result.outcomes.reserve(task.records.size());
    for (auto& record : task.records) result.outcomes.push_back(plan(record));
    return result;
  }

  Outcome plan(Record& t) const {
    Outcome r;
    if (!t.problems.empty()) {
      r.problems = std::move(t.problems);
      r.code = t.code;
      return r;
    }
    try {
      // A stream's lines are JSON records; a file named on the command line is a YAML profile.
      const Profile profile = load_profile(TextFile{t.name, std::move(t.text)}, m_c,
                                           t.line > 0 ? ProfileSyntax::json : ProfileSyntax::yaml);
      JsonWriter line(-1, m_line_bytes.load(std::memory_order_relaxed));
      write_plan_json(line, m_c, make_plan(m_c, profile, m_o.plan, &m_related));
      r.json = line.take();
      // The next line gets room for one this long: growing a 30 KB line from nothing cost more
      // than a tenth of writing it.
      m_line_bytes.store(r.json.size() + r.json.size() / 8, std::memory_order_relaxed);
      r.json += '\n';
    } catch (const Failure& f) {
      const auto colon = t.name.rfind(':');
      r.problems = in_stream(f.diagnostics(), t, t.line > 0 ? t.name.substr(0, colon) : t.name);
      r.code = f.code();
    }
    return r;
  }

  void emit(Result& result) {
    for (auto& outcome : result.outcomes) emit(outcome);
  }

  void emit(Outcome& r) {
    m_out += r.json;
    if (!r.problems.empty()) {
      flush();  // keep stdout and stderr in input order when both go to one terminal
      for (const auto& d : r.problems) std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
      if (m_worst == ExitCode::ok || r.code == ExitCode::no_input) m_worst = r.code;
    }
    ++m_done;
    if (m_out.size() >= k_flush_bytes) flush();
    progress();
  }

  void flush() {
    if (m_out.empty()) return;
    Context::print(m_out);
    m_out.clear();
  }

  void progress() {
    if (!m_tty) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_start < k_progress_after || now - m_last_progress < k_progress_every) return;
    m_last_progress = now;
    m_progress_shown = true;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    std::fprintf(stderr, "\rcareerplan: %zu profiles planned (%.0f a second)", m_done, static_cast<double>(m_done) / seconds);
    std::fflush(stderr);
  }

  const BatchOptions& m_o;
  const Content& m_c;
  mutable RelatedCache m_related;  // thread-safe: shared by the workers' plans
  mutable std::atomic<std::size_t> m_line_bytes{0};  // a recent line's length, a hint only
  const bool m_tty;
  Task m_chunk;       // records not yet handed to the workers (submitting thread only)
  std::string m_out;  // written by the emitter thread only
  ExitCode m_worst = ExitCode::ok;
  std::size_t m_done = 0;
  bool m_progress_shown = false;
  std::chrono::steady_clock::time_point m_start, m_last_progress;
};

}  // namespace

int run_batch(const BatchOptions& options, const Content& content) { return Batch(options, content).run(); }

}  // namespace careerplan::cli
