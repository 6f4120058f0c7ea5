#include "fdlimit.h"

#include <sys/resource.h>

namespace Sockpit::FdLimit {

quint64 current()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    return quint64(limit.rlim_cur);
}

quint64 raiseToHard()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        // Failing here is harmless: the old limit simply stays.
        setrlimit(RLIMIT_NOFILE, &raised);
    }
    return current();
}

} // namespace Sockpit::FdLimit
