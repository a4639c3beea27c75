// A non-owning reference to a callable, for callbacks that are called during the call that
// receives them and never stored (the phrase matcher's on-match callbacks). std::function would
// allocate for a lambda that captures more than two pointers, and the matcher is asked once per
// sentence by several rules and the claim extractor: that was tens of thousands of allocations
// per run. C++26 has std::function_ref; this is the part of it we need.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace claimlint {

template <typename Signature> class FunctionRef;

template <typename R, typename... Args> class FunctionRef<R(Args...)> {
public:
  // Binds to a callable that must outlive every call through this reference (a lambda passed
  // as an argument lives until the end of the full expression, which is enough).
  template <typename F>
  requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
           std::is_invocable_r_v<R, F&, Args...>)
      FunctionRef(F&& f) // NOLINT(google-explicit-constructor): converts like std::function
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* object, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(object))(std::forward<Args>(args)...);
        }) {}

  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

private:
  void* object_;
  R (*call_)(void*, Args...);
};

} // namespace claimlint
