#pragma once

// What the benchmarks measure of the processes they start: CPU time, as a median of runs.

#include <QList>

#include <algorithm>

#include <sys/resource.h>

// CPU time (user and system) of every child process waited for so far, in milliseconds.
inline double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
