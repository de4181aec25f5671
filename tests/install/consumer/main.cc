// Extracts a short release through the installed library and prints what install_test.sh checks.
#include <iostream>
#include <string>

#include "prextract/extract.h"
#include "prextract/json.h"
#include "prextract/version.h"

int main() {
  const std::string text =
      "Press Releases\n\n"
      "Ministry signs research agreement with Germany\n\n"
      "May 25, 2023\n\n"
      "On May 25, the Ministry of Science and ICT signed an agreement on quantum research\n"
      "with the Federal Ministry of Education and Research of Germany in Berlin.\n";
  prextract::Options options;
  options.reference_date = "2023-05-25";
  const prextract::Release release = prextract::Extract(text, options);
  if (release.error) {
    std::cerr << "error: " << release.error->message << "\n";
    return 1;
  }
  std::cout << "version: " << prextract::kVersion << "\n";
  std::cout << "title: " << release.document.title << "\n";
  std::cout << "paragraphs: " << release.paragraphs.size() << "\n";
  std::cout << prextract::ToJson(release, false) << "\n";
  return 0;
}
