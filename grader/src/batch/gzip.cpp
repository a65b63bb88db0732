#include "batch/gzip.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <stdexcept>

namespace gdlab::batch {

std::string gzip(const std::string& text) {
  std::string out;
  const std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), archive_write_free);
  const auto append = [](archive*, void* to, const void* data, size_t n) -> la_ssize_t {
    static_cast<std::string*>(to)->append(static_cast<const char*>(data), n);
    return static_cast<la_ssize_t>(n);
  };
  const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), archive_entry_free);
  archive_entry_set_pathname(entry.get(), "report.json");
  archive_entry_set_filetype(entry.get(), AE_IFREG);
  archive_entry_set_size(entry.get(), static_cast<la_int64_t>(text.size()));
  if (archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK ||
      archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr) != ARCHIVE_OK ||
      archive_write_set_format_raw(a.get()) != ARCHIVE_OK ||
      archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK ||
      archive_write_open(a.get(), &out, nullptr, append, nullptr) != ARCHIVE_OK ||
      archive_write_header(a.get(), entry.get()) != ARCHIVE_OK ||
      archive_write_data(a.get(), text.data(), text.size()) != static_cast<la_ssize_t>(text.size()) ||
      archive_write_close(a.get()) != ARCHIVE_OK)
    throw std::runtime_error(std::string("gzip: ") +
                             (archive_error_string(a.get()) ? archive_error_string(a.get()) : "failed"));
  return out;
}

std::optional<std::string> gunzip(const std::string& bytes) {
  const std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
  archive_read_support_filter_gzip(a.get());
  archive_read_support_format_raw(a.get());
  archive_entry* entry = nullptr;
  if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK ||
      archive_read_next_header(a.get(), &entry) != ARCHIVE_OK || archive_filter_code(a.get(), 0) != ARCHIVE_FILTER_GZIP)
    return std::nullopt;
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    const auto n = archive_read_data(a.get(), buffer, sizeof buffer);
    if (n < 0) return std::nullopt;
    if (n == 0) return out;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace gdlab::batch
