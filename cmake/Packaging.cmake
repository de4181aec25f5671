# `make deb` (cpack -G DEB): one Debian package with the binary, man page, completions and
# the library for C++ projects. dpkg-shlibdeps derives Depends from the linked libraries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME prextract)
set(CPACK_PACKAGE_VENDOR "The prextract authors")
set(CPACK_PACKAGE_CONTACT "prextract developers <dev@prextract.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "turn press releases into structured JSON")
set(CPACK_PACKAGE_DESCRIPTION
    "prextract reads the text of a press release (a page saved as text, with its navigation, \
footers and contact blocks) and writes what the release states as JSON: title, publisher and \
date, body paragraphs, normalised dates, people, organisations and countries, events, \
agreements, follow-up actions and contacts, each with the span of text it came from. \
The package also holds the static C++ library, its headers, a CMake package and a \
pkg-config file.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Building against the library needs the dependencies' headers and link files.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libre2-dev, libssl-dev, libabsl-dev, libphonenumber-dev, pkg-config")
include(CPack)
