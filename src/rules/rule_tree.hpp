// Built-in rule files compiled at build time. The build parses every rules/**/*.yaml with
// yaml-cpp (src/rules/embed_rules_main.cpp) and stores the resulting node tree beside the
// file's text as a flat pre-order string; a check run turns that string back into the same
// YAML::Node tree without scanning YAML. yaml-cpp reads YAML at about a thousand instructions
// per byte, which made the built-in rules two fifths of every run's start-up.
//
// The format, one node after another:
//   V<length>:<bytes>   a scalar
//   N                   a null (an empty value, "~")
//   S<count>:<nodes>    a sequence of <count> nodes
//   M<count>:<nodes>    a mapping of <count> key/value pairs (2 × <count> nodes)
//
// A tree carries no positions, so a rule that reports a problem when loaded from its tree is
// loaded again from its text, and the message still points at file:line:col.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

namespace claimlint {

// The tree of `node`, leaving out the top-level keys named in `skip` (the examples, which
// only `rules --test` reads, and it reads them from the text).
std::string serialize_rule_tree(const YAML::Node& node, std::string_view skip_key = {});

// The node tree of a serialized string; nullopt if the string is not one whole tree.
std::optional<YAML::Node> deserialize_rule_tree(std::string_view tree);

} // namespace claimlint
