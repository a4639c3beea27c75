#include "rules/rule_tree.hpp"

#include <charconv>

namespace claimlint {

namespace {

void write_count(std::string& out, char type, std::size_t count) {
  out += type;
  out += std::to_string(count);
  out += ':';
}

void write_node(std::string& out, const YAML::Node& node, std::string_view skip_key) {
  switch (node.Type()) {
  case YAML::NodeType::Scalar:
    write_count(out, 'V', node.Scalar().size());
    out += node.Scalar();
    return;
  case YAML::NodeType::Sequence:
    write_count(out, 'S', node.size());
    for (const YAML::Node& item : node) write_node(out, item, {});
    return;
  case YAML::NodeType::Map: {
    std::size_t kept = 0;
    for (auto it = node.begin(); it != node.end(); ++it)
      if (skip_key.empty() || !it->first.IsScalar() || it->first.Scalar() != skip_key) ++kept;
    write_count(out, 'M', kept);
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (!skip_key.empty() && it->first.IsScalar() && it->first.Scalar() == skip_key) continue;
      write_node(out, it->first, {});
      write_node(out, it->second, {});
    }
    return;
  }
  case YAML::NodeType::Null:
  case YAML::NodeType::Undefined:
    out += 'N';
    return;
  }
}

struct Reader {
  std::string_view in;
  std::size_t depth = 0;

  bool count(std::size_t& n) {
    auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), n);
    if (ec != std::errc() || end == in.data() + in.size() || *end != ':') return false;
    in.remove_prefix(static_cast<std::size_t>(end - in.data()) + 1);
    return true;
  }

  std::optional<YAML::Node> node() {
    if (in.empty() || ++depth > 256) return std::nullopt;
    const char type = in.front();
    in.remove_prefix(1);
    std::size_t n = 0;
    std::optional<YAML::Node> result;
    if (type == 'N') {
      result = YAML::Node(YAML::NodeType::Null);
    } else if (!count(n)) {
      return std::nullopt;
    } else if (type == 'V') {
      if (n > in.size()) return std::nullopt;
      result = YAML::Node(std::string(in.substr(0, n)));
      in.remove_prefix(n);
    } else if (type == 'S') {
      YAML::Node seq(YAML::NodeType::Sequence);
      for (std::size_t i = 0; i < n; ++i) {
        std::optional<YAML::Node> item = node();
        if (!item) return std::nullopt;
        seq.push_back(*item);
      }
      result = seq;
    } else if (type == 'M') {
      YAML::Node map(YAML::NodeType::Map);
      for (std::size_t i = 0; i < n; ++i) {
        std::optional<YAML::Node> key = node();
        std::optional<YAML::Node> value = key ? node() : std::nullopt;
        if (!value) return std::nullopt;
        // force_insert appends without comparing the key with every earlier one, and keeps
        // the order, as the parser does.
        map.force_insert(*key, *value);
      }
      result = map;
    }
    --depth;
    return result;
  }
};

} // namespace

std::string serialize_rule_tree(const YAML::Node& node, std::string_view skip_key) {
  std::string out;
  write_node(out, node, skip_key);
  return out;
}

std::optional<YAML::Node> deserialize_rule_tree(std::string_view tree) {
  Reader r{tree};
  std::optional<YAML::Node> root = r.node();
  if (!root || !r.in.empty()) return std::nullopt;
  return root;
}

} // namespace claimlint
