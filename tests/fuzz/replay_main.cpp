// fuzz_replay: run the fuzz target over saved inputs without libFuzzer, so the corpus and every
// crasher found so far run as an ordinary test (under ASan/UBSan in the sanitizer pass of CI).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  int inputs = 0;
  for (int i = 1; i < argc; ++i)
    for (const auto& entry : fs::recursive_directory_iterator(argv[i])) {
      if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes(std::istreambuf_iterator<char>(in), {});
      if (LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                 bytes.size()) != 0) {
        std::fprintf(stderr, "fuzz_replay: %s: target rejected the input\n", entry.path().c_str());
        return 1;
      }
      ++inputs;
    }
  std::printf("fuzz_replay: %d inputs ran cleanly\n", inputs);
  return inputs > 0 ? 0 : 1;
}
