// The structure stage's entry point; the stages themselves live in structure.cpp,
// inline_spans.cpp, sentences.cpp and tokens.cpp.
#include "document/document.hpp"

namespace claimlint {

Document build_document(const SourceFile& source, const Segmentation& segmentation) {
  Document doc(source);
  structure_blocks(doc);
  find_verbatim_spans(doc);
  split_sentences(doc, segmentation);
  tokenize(doc);
  return doc;
}

} // namespace claimlint
