// Spotting full calendar dates in a line, for date lines and datelines. It only
// finds them; the temporal stage parses their values.
#ifndef PREXTRACT_SEGMENT_DATE_SCAN_H_
#define PREXTRACT_SEGMENT_DATE_SCAN_H_

#include <optional>
#include <string_view>

#include "prextract/release.h"

namespace prextract::internal {

/// The first full date (day, month and year) in `s`, as offsets into `s`:
/// "April 4, 2018", "4 April 2018", "23rd October 2009", "Apr 24, 2024",
/// "2023-05-25", "2023.05.25", "07/01/2022", and "09 13 2007" where it opens `s`.
std::optional<Span> FindFullDate(std::string_view s);

/// True for a month or weekday name or abbreviation ("Sept", "Wednesday").
bool IsMonthName(std::string_view word);
bool IsWeekdayName(std::string_view word);

}  // namespace prextract::internal

#endif  // PREXTRACT_SEGMENT_DATE_SCAN_H_
