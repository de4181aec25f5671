#include "cli/options.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <thread>

#include "prextract/json.h"
#include "prextract/version.h"

namespace prextract::cli {
namespace {

constexpr char kExamples[] = R"(
Examples:
  prextract --reference-date 2023-05-25 release.txt > release.json
  prextract -r releases/ --jsonl > releases.jsonl
  prextract -r releases/ | jq -r '[.source.path, .document.title] | @tsv'
)";

// Digits only: std::stoull alone would take "-1" as 2^64-1 and " 5" as 5.
std::size_t ParseSize(const std::string& text) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) {
    throw CLI::ValidationError("--max-input-bytes", "not a byte count: " + text);
  }
  return static_cast<std::size_t>(std::stoull(text));
}

Encoding EncodingNamed(const std::string& name) {
  if (name == "utf-8") return Encoding::kUtf8;
  if (name == "cp1252") return Encoding::kCp1252;
  if (name == "utf-16") return Encoding::kUtf16;
  return Encoding::kAuto;
}

void AddOptions(CLI::App& app, CliOptions* o, std::string* max_bytes, std::string* input_format) {
  app.add_option("PATH", o->paths, "Files or folders to read; - or nothing reads stdin")
      ->option_text("...");
  app.add_option("--reference-date", o->extract.reference_date,
                 "Anchor for relative dates, YYYY-MM-DD (default: the release's own date)")
      ->option_text("DATE")
      ->check([](const std::string& d) {
        return IsIsoDate(d) ? std::string() : "not a date YYYY-MM-DD: " + d;
      });
  app.add_flag("--body-only", o->extract.body_only, "The whole input is body text");
  app.add_option_function<std::string>(
         "--date-style",
         [o](const std::string& v) { o->extract.date_style = v == "timeml" ? DateStyle::kTimeml : DateStyle::kContract; },
         "Style of date values (default: contract)")
      ->check(CLI::IsMember({"contract", "timeml"}))
      ->option_text("{contract,timeml}");
  app.add_option_function<std::string>(
         "--encoding", [o](const std::string& v) { o->extract.encoding = EncodingNamed(v); },
         "Input encoding (default: auto)")
      ->check(CLI::IsMember({"auto", "utf-8", "cp1252", "utf-16"}))
      ->option_text("{auto,utf-8,cp1252,utf-16}");
  app.add_option_function<std::string>(
         "--format",
         [o](const std::string& f) { o->format = f == "html" ? OutputFormat::kHtml : OutputFormat::kJson; },
         "json (default) | html: the annotated view, one self-contained page per input "
         "(several inputs need -o DIR, which gets DIR/<name>.html; failed inputs get no page)")
      ->check(CLI::IsMember({"json", "html"}))
      ->option_text("{json,html}");
  CLI::Option* jsonl =
      app.add_flag("--jsonl", o->jsonl, "One compact JSON object per line (default for several inputs)");
  app.add_flag("--pretty", o->pretty, "Indented JSON (default for one input on a terminal)")
      ->excludes(jsonl);
  app.add_flag("-r,--recursive", o->recursive, "Read folders, in byte order of paths");
  app.add_option("--glob", o->globs, "File-name pattern for folders (default: *.txt *.text *.md)")
      ->option_text("PATTERN ...");
  app.add_option("-o,--output-dir", o->output_dir, "Write DIR/<relative path>.json per input")
      ->option_text("DIR");
  app.add_option("-j,--jobs", o->jobs, "Parallel workers, 1 to 1024 (default: the number of cores)")
      ->check(CLI::Range(1u, 1024u))
      ->option_text("N");
  app.add_option("--input-format", *input_format, "Text files, or JSONL records {id, text, reference_date} (default: text)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->option_text("{text,jsonl}");
  app.add_option("--max-input-bytes", *max_bytes, "Larger inputs are errors (default: 268435456)")
      ->option_text("BYTES");
  app.add_flag_callback("--progress", [o] { o->progress = true; }, "Progress on stderr");
  app.add_flag_callback("--no-progress", [o] { o->progress = false; }, "No progress on stderr");
}

// An HTML page is one whole document: pages of several inputs on one stream would make
// none, and the JSON-shaping flags mean nothing there. Empty when the options agree.
std::string HtmlConflict(const CliOptions& o, const std::string& input_format) {
  if (o.format != OutputFormat::kHtml) return "";
  if (o.jsonl) return "--jsonl: not with --format html (JSON Lines is JSON)";
  if (o.pretty) return "--pretty: not with --format html (it indents JSON)";
  const bool several = o.paths.size() > 1 || o.recursive || input_format == "jsonl";
  if (several && o.output_dir.empty()) {
    return "--format html writes one page per input: give -o DIR for several inputs";
  }
  return "";
}

}  // namespace

std::optional<int> ParseCommandLine(int argc, char** argv, CliOptions* o) {
  CLI::App app{"prextract: turn press releases into structured JSON", "prextract"};
  app.footer(kExamples);
  std::string max_bytes, input_format = "text";
  bool schema = false, version = false;
  AddOptions(app, o, &max_bytes, &input_format);
  app.add_flag("--schema", schema, "Print the JSON Schema of the output and exit");
  app.add_flag("--version", version, "Print the version and exit");
  try {
    app.parse(argc, argv);
    if (!max_bytes.empty()) o->extract.max_input_bytes = ParseSize(max_bytes);
  } catch (const CLI::CallForHelp& e) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "prextract: " << e.what() << "\nRun 'prextract --help' for the options.\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "prextract: --max-input-bytes: not a byte count: " << max_bytes << "\n";
    return 2;
  }
  if (version) {
    std::cout << "prextract " << kVersion << " (schema " << kSchemaId << ")\n";
    return 0;
  }
  if (schema) {
    std::cout << JsonSchema();
    return 0;
  }
  if (const std::string conflict = HtmlConflict(*o, input_format); !conflict.empty()) {
    std::cerr << "prextract: " << conflict << "\nRun 'prextract --help' for the options.\n";
    return 2;
  }
  o->input_format = input_format == "jsonl" ? InputFormat::kJsonl : InputFormat::kText;
  if (o->globs.empty()) o->globs = {"*.txt", "*.text", "*.md"};
  if (o->jobs == 0) o->jobs = std::max(1u, std::thread::hardware_concurrency());
  if (o->paths.empty()) o->paths.push_back("-");
  return std::nullopt;
}

}  // namespace prextract::cli
