// Google Benchmark of each pipeline stage and of the whole Extract(), on the real
// releases of the corpus (--corpus=DIR or $PREXTRACT_BENCH_CORPUS, read at run time) and
// on synthetic long inputs. Bytes/s count the raw input bytes of the releases a stage saw.
//   build-x/bench/prextract_bench --benchmark_filter=Segment
#include <benchmark/benchmark.h>

#include <functional>
#include <string>
#include <vector>

#include "inputs.h"
#include "participants/participants.h"
#include "prextract/extract.h"
#include "prextract/json.h"
#include "records/records.h"
#include "segment/segment.h"
#include "sentences/sentences.h"
#include "temporal/temporal.h"
#include "text/decode.h"

namespace prextract::bench {
namespace {

// One input with every stage's result computed once, so each benchmark times one stage.
struct Item {
  std::string bytes;
  std::string text;
  internal::Layout layout;
  internal::TemporalOptions temporal;
  std::vector<DateMention> dates;
  std::vector<Participant> participants;
  std::vector<internal::Sentence> sentences;
  Release release;
};

Item Prepare(std::string bytes) {
  Item item;
  item.bytes = std::move(bytes);
  item.text = internal::Decode(item.bytes, Encoding::kAuto).text;
  item.layout = internal::SegmentText(item.text, {});
  item.temporal.reference_date = "2023-05-25";
  std::vector<Warning> warnings;
  item.dates = internal::FindDates(item.text, item.layout, item.temporal, &warnings);
  item.participants = internal::FindParticipants(item.text, item.layout);
  item.sentences = internal::SplitSentences(item.text, item.layout);
  item.release = Extract(item.bytes, Options{});
  return item;
}

using Set = std::vector<Item>;

const Set& CorpusSet() {
  static const Set set = [] {
    Set s;
    for (const std::string& r : CorpusReleases()) s.push_back(Prepare(r));
    return s;
  }();
  return set;
}

const Set& LongSet() {
  static const Set set = [] {
    Set s;
    s.push_back(Prepare(SyntheticRelease(std::size_t{1} << 20, false)));
    return s;
  }();
  return set;
}

const Set& OneLineSet() {
  static const Set set = [] {
    Set s;
    s.push_back(Prepare(SyntheticRelease(std::size_t{1} << 20, true)));
    return s;
  }();
  return set;
}

using Stage = std::function<void(const Item&)>;

void RunStage(benchmark::State& state, const Set& (*set)(), const Stage& stage) {
  const Set& items = set();
  if (items.empty()) {
    state.SkipWithError(("no releases under " + CorpusDir() + " (set --corpus=DIR)").c_str());
    return;
  }
  std::size_t bytes = 0;
  for (const Item& item : items) bytes += item.bytes.size();
  for (auto _ : state) {
    for (const Item& item : items) stage(item);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items.size()));
}

const std::vector<std::pair<std::string, Stage>>& Stages() {
  static const std::vector<std::pair<std::string, Stage>> stages = {
      {"Decode", [](const Item& i) { benchmark::DoNotOptimize(internal::Decode(i.bytes, Encoding::kAuto)); }},
      {"SegmentText", [](const Item& i) { benchmark::DoNotOptimize(internal::SegmentText(i.text, {})); }},
      {"FindDates", [](const Item& i) {
         std::vector<Warning> warnings;
         benchmark::DoNotOptimize(internal::FindDates(i.text, i.layout, i.temporal, &warnings));
       }},
      {"FindParticipants", [](const Item& i) {
         benchmark::DoNotOptimize(internal::FindParticipants(i.text, i.layout));
       }},
      {"SplitSentences", [](const Item& i) {
         benchmark::DoNotOptimize(internal::SplitSentences(i.text, i.layout));
       }},
      {"FindRecords", [](const Item& i) {
         benchmark::DoNotOptimize(
             internal::FindRecords({i.text, i.sentences, i.dates, i.participants}));
       }},
      {"EmitJson", [](const Item& i) { benchmark::DoNotOptimize(ToJson(i.release, false)); }},
      {"Extract", [](const Item& i) { benchmark::DoNotOptimize(Extract(i.bytes, Options{})); }},
      {"ExtractAndEmit", [](const Item& i) {
         benchmark::DoNotOptimize(ToJson(Extract(i.bytes, Options{}), false));
       }},
  };
  return stages;
}

// Whole-release time against input size: Complexity() fits it, and should report O(N).
void ExtractScaling(benchmark::State& state) {
  const std::string bytes = SyntheticRelease(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) benchmark::DoNotOptimize(ToJson(Extract(bytes, Options{}), false));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.SetComplexityN(static_cast<std::int64_t>(bytes.size()));
}

void RegisterAll() {
  const std::vector<std::pair<std::string, const Set& (*)()>> sets = {
      {"corpus", CorpusSet}, {"synthetic_long", LongSet}, {"synthetic_one_line", OneLineSet}};
  for (const auto& [stage_name, stage] : Stages()) {
    for (const auto& [set_name, set] : sets) {
      benchmark::RegisterBenchmark((stage_name + "/" + set_name).c_str(),
                                   [set = set, stage = stage](benchmark::State& s) {
                                     RunStage(s, set, stage);
                                   })
          ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::RegisterBenchmark("ExtractScaling", ExtractScaling)
      ->RangeMultiplier(4)
      ->Range(1 << 16, 1 << 22)
      ->Complexity(benchmark::oN)
      ->Unit(benchmark::kMillisecond);
}

}  // namespace
}  // namespace prextract::bench

int main(int argc, char** argv) {
  prextract::bench::TakeCorpusArgument(&argc, argv);
  prextract::bench::RegisterAll();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
