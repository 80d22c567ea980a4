#pragma once
// A throwaway PostgreSQL cluster for the Postgres store tests: initdb and pg_ctl from Debian's
// postgresql-15 in a temporary directory, listening on a Unix socket there only (no TCP, no
// system service). Run as root, the cluster belongs to `nobody`, since initdb refuses root.
// available() is false when the binaries are not installed; the tests then skip.
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace lenbot {

class PgCluster {
 public:
  static constexpr const char* kBin = "/usr/lib/postgresql/15/bin";

  static bool available() { return std::filesystem::exists(std::string(kBin) + "/initdb"); }

  // Creates and starts the cluster; started() tells whether that worked.
  PgCluster() {
    if (!available()) return;
    // Not a TempDir: the server's socket lives in this directory and a socket path has a
    // 107-byte limit, so it is always short under /tmp (not $TMPDIR), and the server must stop
    // before the directory goes.
    char pattern[] = "/tmp/lenbot_pg_XXXXXX";
    if (::mkdtemp(pattern) == nullptr) return;
    dir_ = pattern;
    if (::geteuid() == 0) {
      const passwd* nobody = ::getpwnam("nobody");
      if (nobody == nullptr || ::chown(dir_.c_str(), nobody->pw_uid, nobody->pw_gid) != 0) return;
      as_user_ = "runuser -u nobody -- ";
    }
    started_ = run(std::string(kBin) + "/initdb -D " + dir_ +
                   "/data -U lenbot --auth=trust -E UTF8 --no-sync -N") &&
               start();
  }
  ~PgCluster() {
    if (dir_.empty()) return;
    if (started_) run(std::string(kBin) + "/pg_ctl -D " + dir_ + "/data -m immediate stop");
    std::filesystem::remove_all(dir_);
  }
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  bool started() const { return started_; }
  std::string uri() const { return "postgresql://lenbot@/postgres?host=" + dir_; }

  // Stops the server (fast shutdown: sessions are cut) and starts it again on the same data.
  bool stop() { return run(std::string(kBin) + "/pg_ctl -D " + dir_ + "/data -m fast -w stop"); }
  bool start() {
    return run(std::string(kBin) + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/log -w -o \"-k " +
               dir_ + " -c listen_addresses='' -c fsync=off\" start");
  }

 private:
  bool run(const std::string& command) const {
    return std::system((as_user_ + command + " >/dev/null 2>&1").c_str()) == 0;
  }

  std::string dir_;
  std::string as_user_;
  bool started_ = false;
};

}  // namespace lenbot
