// An allocator for buffers a tokenizer fills in place.
#ifndef PREXTRACT_TEXT_UNFILLED_ALLOCATOR_H_
#define PREXTRACT_TEXT_UNFILLED_ALLOCATOR_H_

#include <memory>
#include <utility>

namespace prextract::internal {

/// std::allocator, but a container's default construction of an element writes nothing: a
/// tokenizer sizes its buffer ahead and then writes each token in place through a cursor,
/// where filling the room with default tokens first, or a push per token (which tests the
/// room and stores the vector's end), cost as much as writing them. T must be an
/// implicit-lifetime type (trivial copy constructor and destructor), which allocation alone
/// brings to life. REQUIRES: whoever grows a container of this allocator with resize writes
/// the new elements.
template <typename T>
struct UnfilledAllocator : std::allocator<T> {
  using value_type = T;
  template <typename U>
  struct rebind {
    using other = UnfilledAllocator<U>;
  };
  UnfilledAllocator() = default;
  template <typename U>
  UnfilledAllocator(const UnfilledAllocator<U>&) noexcept {}   // NOLINT: as std::allocator's
  template <typename U>
  void construct(U*) noexcept {}
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    std::construct_at(p, std::forward<Args>(args)...);
  }
};

}  // namespace prextract::internal

#endif  // PREXTRACT_TEXT_UNFILLED_ALLOCATOR_H_
