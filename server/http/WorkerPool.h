#pragma once

#include "HttpServer.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;
class RequestHandler;

/// A fixed number of threads that answer requests, each with a
/// RequestHandler of its own (its own database connection), so that a
/// request that waits for the database holds up one worker, not the server.
/// Requests wait in one queue, first come first served; the HTTP layer puts
/// at most one request per connection in it, so --max-connections bounds it.
class WorkerPool
{
public:
    /// Builds worker `index`'s handler (0 … count − 1) on that worker's
    /// thread; it may throw (StorageError, std::exception) when, for
    /// example, the database cannot be opened.
    using HandlerFactory = std::function<std::unique_ptr<RequestHandler>(int index)>;

    /// `count` workers (≥ 1).
    WorkerPool(int count, HandlerFactory factory);
    /// stop()s.
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /// Starts the threads and waits until each has built its handler. False,
    /// with `error` set and every thread stopped, when one could not.
    bool start(QString *error);
    /// Queues `request`; a free worker handles it and calls `respond` (on
    /// the worker's thread) with the answer. Callable from any thread.
    void post(ApiRequest request, HttpResponder respond);
    /// Lets each worker finish the request in hand, drops the queued ones
    /// (unanswered) and ends the threads. Safe to call twice.
    void stop();

private:
    struct Job
    {
        ApiRequest request;
        HttpResponder respond;
    };

    void run(int index);

    int m_count;
    HandlerFactory m_factory;
    std::vector<QThread *> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_started;
    std::deque<Job> m_jobs;
    int m_startedCount = 0;
    QString m_startError;
    bool m_stopping = false;
};
