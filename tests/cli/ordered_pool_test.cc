#include "cli/ordered_pool.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace prextract::cli {
namespace {

// Results come back in submission order with one worker (run on the owner's thread, when
// popped) and with several (run on their own threads, finishing in any order).
TEST(OrderedPoolTest, ResultsInSubmissionOrderForAnyNumberOfWorkers) {
  for (const unsigned workers : {1u, 2u, 4u}) {
    OrderedPool<int> pool(workers);
    for (int i = 0; i < 50; ++i) {
      pool.Submit([i] {
        if (i % 7 == 0) std::this_thread::yield();
        return i * i;
      });
    }
    EXPECT_EQ(pool.InFlight(), 50u);
    std::vector<int> got;
    while (pool.InFlight() > 0) got.push_back(pool.Pop());
    ASSERT_EQ(got.size(), 50u) << workers;
    for (int i = 0; i < 50; ++i) EXPECT_EQ(got[i], i * i) << workers << " workers, task " << i;
  }
}

// With one worker a task runs only when its result is asked for, on the owner's thread.
TEST(OrderedPoolTest, OneWorkerRunsTasksOnTheOwnersThreadWhenPopped) {
  OrderedPool<std::thread::id> pool(1);
  bool ran = false;
  pool.Submit([&ran] {
    ran = true;
    return std::this_thread::get_id();
  });
  EXPECT_FALSE(ran);
  EXPECT_EQ(pool.Pop(), std::this_thread::get_id());
  EXPECT_TRUE(ran);
}

// A task's exception reaches whoever pops its result, and later tasks still run.
TEST(OrderedPoolTest, ExceptionReachesThePopAndLaterTasksRun) {
  for (const unsigned workers : {1u, 3u}) {
    OrderedPool<std::string> pool(workers);
    pool.Submit([]() -> std::string { throw std::runtime_error("bad input"); });
    pool.Submit([] { return std::string("next"); });
    EXPECT_THROW(pool.Pop(), std::runtime_error) << workers;
    EXPECT_EQ(pool.Pop(), "next") << workers;
  }
}

// Dropping a pool with tasks not yet popped neither runs them to the end nor hangs.
TEST(OrderedPoolTest, DroppedWithPendingTasks) {
  for (const unsigned workers : {1u, 2u}) {
    OrderedPool<int> pool(workers);
    for (int i = 0; i < 10; ++i) pool.Submit([i] { return i; });
  }
  SUCCEED();
}

}  // namespace
}  // namespace prextract::cli
