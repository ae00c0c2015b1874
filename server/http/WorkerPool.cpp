#include "WorkerPool.h"

#include "RequestHandler.h"
#include "StorageError.h"

#include <QThread>

WorkerPool::WorkerPool(int count, HandlerFactory factory)
    : m_count(std::max(1, count)), m_factory(std::move(factory))
{}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::start(QString *error)
{
    if (!m_threads.empty())
        return true;
    for (int i = 0; i < m_count; ++i) {
        QThread *thread = QThread::create([this, i] { run(i); });
        thread->setObjectName(QStringLiteral("worker-%1").arg(i));
        m_threads.push_back(thread);
        thread->start();
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_started.wait(lock, [this] { return m_startedCount == m_count; });
    if (m_startError.isEmpty())
        return true;
    *error = m_startError;
    lock.unlock();
    stop();
    return false;
}

void WorkerPool::post(ApiRequest request, HttpResponder respond)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping)
            return;
        m_jobs.push_back(Job{std::move(request), std::move(respond)});
    }
    m_wake.notify_one();
}

void WorkerPool::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.notify_all();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

void WorkerPool::run(int index)
{
    // The handler, with its database connection, lives and dies on this thread.
    std::unique_ptr<RequestHandler> handler;
    QString failure;
    try {
        handler = m_factory(index);
    } catch (const StorageError &error) {
        failure = error.message();
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!handler && m_startError.isEmpty())
            m_startError =
                failure.isEmpty() ? QStringLiteral("worker %1 did not start").arg(index) : failure;
        ++m_startedCount;
    }
    m_started.notify_all();
    if (!handler)
        return;
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job.respond(handler->handle(job.request));
    }
}
