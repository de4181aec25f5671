// A fixed set of worker threads running tasks whose results are read in submission
// order, so a batch prints in input order whatever the number of workers. One worker is
// the owner's own thread: Pop() runs the task, which spares two thread switches per task
// (about 3 % of a one-core run's CPU time went to the kernel's scheduler). That case keeps
// plain functions, not packaged tasks: a packaged task's result is set through
// pthread_once, which makes a futex call per task even with no thread waiting.
#ifndef PREXTRACT_CLI_ORDERED_POOL_H_
#define PREXTRACT_CLI_ORDERED_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace prextract::cli {

template <typename Result>
class OrderedPool {
 public:
  explicit OrderedPool(unsigned workers) {
    if (workers < 2) return;
    for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { Work(); });
  }
  /// Tasks not yet started are dropped: when the owner stops early (a closed pipe)
  /// nobody will read their results.
  ~OrderedPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
      queue_.clear();
    }
    ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  /// Queues `task`; its result is taken by a later Pop(), in submission order.
  void Submit(std::function<Result()> task) {
    if (threads_.empty()) {
      inline_.push_back(std::move(task));
      return;
    }
    std::packaged_task<Result()> packaged(std::move(task));
    results_.push_back(packaged.get_future());
    {
      std::lock_guard<std::mutex> lock(mu_);
      queue_.push_back(std::move(packaged));
    }
    ready_.notify_one();
  }

  /// Submitted results not yet popped (queued, running or done).
  std::size_t InFlight() const { return results_.size() + inline_.size(); }

  /// The oldest submission's result, waiting for it (a task's exception is rethrown here).
  /// REQUIRES: InFlight() > 0.
  Result Pop() {
    if (threads_.empty()) return RunOldest();
    std::future<Result> oldest = std::move(results_.front());
    results_.pop_front();   // first: a task's exception, rethrown by get(), leaves the rest poppable
    return oldest.get();
  }

 private:
  Result RunOldest() {
    std::function<Result()> task = std::move(inline_.front());
    inline_.pop_front();   // first: a task's exception leaves the rest poppable
    return task();
  }

  void Work() {
    while (true) {
      std::packaged_task<Result()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::packaged_task<Result()>> queue_;
  std::deque<std::future<Result>> results_;   // the owner thread's only
  std::deque<std::function<Result()>> inline_;   // without workers: tasks not yet popped
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace prextract::cli

#endif  // PREXTRACT_CLI_ORDERED_POOL_H_
