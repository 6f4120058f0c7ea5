#pragma once

#include <QtGlobal>

namespace Sockpit {

/// The process's open-file limit (RLIMIT_NOFILE). Every accepted client costs
/// a descriptor, so a server for thousands of clients needs more than the
/// usual soft limit of 1024.
namespace FdLimit {

/// Raises the soft limit to the hard limit once; returns the soft limit now in
/// force (0 when the system does not say).
quint64 raiseToHard();
/// The soft limit now in force (0 when unknown or unlimited).
quint64 current();

} // namespace FdLimit
} // namespace Sockpit
