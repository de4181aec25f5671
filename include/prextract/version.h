#ifndef PREXTRACT_VERSION_H_
#define PREXTRACT_VERSION_H_

namespace prextract {

inline constexpr const char kVersion[] = "0.1.0";
inline constexpr const char kSchemaId[] = "prextract/1";

}  // namespace prextract

#endif  // PREXTRACT_VERSION_H_
